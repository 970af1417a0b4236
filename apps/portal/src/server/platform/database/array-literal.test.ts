import { describe, expect, it } from "vitest";
import { arrayLiteral } from "./array-literal.ts";

describe("arrayLiteral", () => {
  it("writes numbers as JSON would, strings quoted with their quotes and backslashes escaped, and NULL", () => {
    expect(arrayLiteral([1, -2.5, 0.0001, 12_345_678.9012, null])).toBe("{1,-2.5,0.0001,12345678.9012,NULL}");
    expect(arrayLiteral(["PLN", 'say "hi"', "a\\b", "x,y}", "NULL", ""])).toBe(
      String.raw`{"PLN","say \"hi\"","a\\b","x,y}","NULL",""}`,
    );
    expect(arrayLiteral([])).toBe("{}");
  });

  it("refuses a number PostgreSQL would read as a special value", () => {
    expect(() => arrayLiteral([Number.NaN])).toThrow(/finite/);
    expect(() => arrayLiteral([Number.POSITIVE_INFINITY])).toThrow(/finite/);
  });
});
