import { describe, expect, it } from "vitest";
import { orderKey } from "../../../orders/order-keys.ts";
import { orderIdOfKey } from "./order-id-of-key.ts";

describe("the order id of an ERP external number", () => {
  it("reverses every key the orders module writes, whatever the step", () => {
    for (const id of ["01a21a51-2eee-76e1-b5ed-442bc694f8cc", "00000000-0000-7000-8000-000000000001"]) {
      for (const step of ["order", "sale", "transfer", { return: 3 }] as const) {
        expect(orderIdOfKey(orderKey(id, step))).toBe(id);
      }
    }
  });

  it("is null for the ERP's own numbers and other integrators' keys", () => {
    expect(orderIdOfKey("SKLEP-12-2026")).toBeNull();
    expect(orderIdOfKey("FS 12/03/2026")).toBeNull();
    expect(orderIdOfKey("")).toBeNull();
  });
});
