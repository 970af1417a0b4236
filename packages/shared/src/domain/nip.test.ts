import { describe, expect, it } from "vitest";
import { isValidNip, normalizeNip, ZNip } from "./nip.ts";

describe("NIP", () => {
  it("accepts a valid number written with separators or a country prefix", () => {
    expect(isValidNip("526-000-12-46")).toBe(true);
    expect(isValidNip("PL 5260001246")).toBe(true);
    expect(normalizeNip("PL 526-000-12-46")).toBe("5260001246");
  });

  it("rejects a wrong checksum, wrong length and letters", () => {
    expect(isValidNip("5260001247")).toBe(false);
    expect(isValidNip("526000124")).toBe(false);
    expect(isValidNip("52600012AB")).toBe(false);
  });

  it("rejects numbers whose checksum would be 10", () => {
    // 3 * 7 = 21, 21 % 11 = 10: no tenth digit can match, so no such NIP exists.
    expect(isValidNip("0000000030")).toBe(false);
  });

  it("reports the schema error in words", () => {
    const result = ZNip.safeParse("123");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/NIP/);
  });
});
