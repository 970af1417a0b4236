import { describe, expect, it } from "vitest";
import { safeCallback } from "./safe-callback.ts";

describe("safeCallback", () => {
  it("keeps paths on this site", () => {
    expect(safeCallback("/clients/abc?tab=users")).toBe("/clients/abc?tab=users");
    expect(safeCallback(undefined)).toBe("/");
  });

  it("drops other sites, however they are written", () => {
    for (const evil of ["https://evil.example/x", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"]) {
      expect(safeCallback(evil)).toBe("/");
    }
  });
});
