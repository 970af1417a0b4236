import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors/app-error.ts";
import { decodeUpdatedSince, encodeUpdatedSince } from "./updated-since-token.ts";

function fieldErrorsOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fields: Object.keys(error.fieldErrors ?? {}) };
  }
  return null;
}

describe("updatedSince token", () => {
  it("round-trips any rowVersion, including ones past 2^53", () => {
    for (const v of [0n, 1n, 42n, 9_007_199_254_740_993n, 9_223_372_036_854_775_807n]) {
      const token = encodeUpdatedSince(v);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeUpdatedSince(token)).toBe(v);
    }
  });

  it("refuses tokens it did not make, naming updatedSince", () => {
    const foreign = [
      "123",
      "not base64!",
      Buffer.from('{"v":2,"rv":"1"}').toString("base64url"),
      Buffer.from('{"v":1,"rv":"-1"}').toString("base64url"),
      Buffer.from('{"v":1,"rv":1}').toString("base64url"),
      Buffer.from("[]").toString("base64url"),
      // Past PostgreSQL's bigint: once a 500 that also broke the next request on the embedded database.
      Buffer.from('{"v":1,"rv":"9223372036854775808"}').toString("base64url"),
      Buffer.from('{"v":1,"rv":"9999999999999999999"}').toString("base64url"),
    ];
    for (const token of foreign) {
      expect(fieldErrorsOf(() => decodeUpdatedSince(token))).toEqual({
        code: "INVALID_INPUT",
        fields: ["updatedSince"],
      });
    }
  });
});
