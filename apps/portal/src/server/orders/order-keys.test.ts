import { describe, expect, it } from "vitest";
import { isOrderKey, orderKey } from "./order-keys.ts";

describe("order keys", () => {
  it("fit the ERP's 30 characters, are lower case, stable, and distinct per step", () => {
    const id = "ffffffff-ffff-7fff-bfff-ffffffffffff";
    const keys = [orderKey(id, "order"), orderKey(id, "sale"), orderKey(id, "transfer"), orderKey(id, { return: 12 })];
    for (const key of keys) {
      expect(key.length).toBeLessThanOrEqual(30);
      expect(key).toBe(key.toLowerCase());
      expect(isOrderKey(key)).toBe(true);
    }
    expect(new Set(keys).size).toBe(4);
    expect(orderKey(id, "order")).toBe(orderKey(id, "order"));
    expect(orderKey("01a21a51-2eee-76e1-b5ed-442bc694f8cc", "order")).not.toBe(orderKey(id, "order"));
  });

  it("does not take the ERP's own numbers for order keys", () => {
    expect(isOrderKey("FS 12/2026")).toBe(false);
    expect(isOrderKey("ZK/1/03/2026")).toBe(false);
  });
});
