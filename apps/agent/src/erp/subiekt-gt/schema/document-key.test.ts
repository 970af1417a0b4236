import { describe, expect, it } from "vitest";
import { keyOfStored, storedKey } from "./document-key.ts";

const order = `o${"0123456789abcdefghijklmno"}`;

describe("our idempotency key in dok_NrPelnyOryg", () => {
  it.each([order, `${order}-s`, `${order}-t`, `${order}-r1`, `${order}-r99`, "SHOP-1", "x".repeat(27)])(
    "stores %s with our prefix in at most 30 characters and reads it back",
    (key) => {
      const stored = storedKey(key) ?? "";
      expect(stored).toMatch(/^EB/);
      expect(stored.length).toBeLessThanOrEqual(30);
      expect(keyOfStored(stored)).toBe(key);
      // SQL Server compares the column without case: the stored form must survive that.
      expect(keyOfStored(stored.toUpperCase())).toBe(key.startsWith("o") ? key : key.toUpperCase());
    },
  );

  it("never takes another integrator's or a user's number for ours", () => {
    expect(keyOfStored("SKLEP-12-2026")).toBeNull();
    expect(keyOfStored(order)).toBeNull();
    expect(keyOfStored("")).toBeNull();
  });

  it("refuses a plain key too long to carry the prefix", () => {
    expect(storedKey("x".repeat(28))).toBeNull();
  });
});
