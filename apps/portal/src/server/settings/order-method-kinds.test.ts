import { describe, expect, it } from "vitest";
import { deliveryKindOf, paymentKindOf } from "./order-method-kinds.ts";

const settings = {
  deliveryMethods: [{ channelCode: "kurier", kind: "courier" as const, showroomWarehouseId: null }],
  paymentMethods: [{ channelCode: "przelew", erpName: "transfer", prepaid: true }],
};

describe("an order's delivery and payment, as kinds pages can put into words", () => {
  it("reads the channel's codes through the integration's mappings", () => {
    expect(deliveryKindOf(settings, "kurier")).toBe("courier");
    expect(paymentKindOf(settings, "przelew")).toBe("transfer");
  });

  it("takes a code that already is one of our kinds, and leaves an unknown one to be shown as sent", () => {
    expect(deliveryKindOf(settings, "courier")).toBe("courier");
    expect(paymentKindOf(settings, "card")).toBe("card");
    expect(deliveryKindOf(settings, "dron")).toBeNull();
    expect(paymentKindOf(settings, "bitcoin")).toBeNull();
  });
});
