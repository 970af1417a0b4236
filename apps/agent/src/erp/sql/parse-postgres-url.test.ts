import { describe, expect, it } from "vitest";
import { parsePostgresUrl } from "./parse-postgres-url.ts";

describe("parsePostgresUrl", () => {
  it("leaves a URL without poolMax to pg, with pg's default pool", () => {
    const url = "postgres://erp:s3cret@127.0.0.1:5432/sandbox?sslmode=disable";
    expect(parsePostgresUrl({ url })).toEqual({ connectionString: url, max: undefined });
  });

  it("takes poolMax off the URL and caps the pool with it", () => {
    const parsed = parsePostgresUrl({
      url: "postgresql://postgres:postgres@127.0.0.1:40123/postgres?sslmode=disable&poolMax=1",
    });
    expect(parsed).toEqual({
      connectionString: "postgresql://postgres:postgres@127.0.0.1:40123/postgres?sslmode=disable",
      max: 1,
    });
  });

  it.each([
    ["postgres://h/db?poolMax=many", "ERP database URL: poolMax: expected a number"],
    ["postgres://h/db?poolMax=0", "ERP database URL: poolMax: at least 1"],
    ["postgres://h/db?poolMax=1.5", "ERP database URL: poolMax: expected a whole number"],
  ])("rejects %s naming the option", (url, message) => {
    expect(() => parsePostgresUrl({ url })).toThrow(message);
  });

  it("never repeats the password in an error", () => {
    expect(() => parsePostgresUrl({ url: "postgres://erp:s3cret@h/db?poolMax=x" })).toThrow(/^(?!.*s3cret)/);
  });
});
