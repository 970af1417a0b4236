import { describe, expect, it } from "vitest";
import { customerPriceOf, type TPromotionOffer } from "./customer-price-rule.ts";

const list = { level: 2, net: 100, gross: 123, currency: "PLN" };
const promotion = (over: Partial<TPromotionOffer>): TPromotionOffer => ({
  id: 7,
  name: "Wyprzedaż",
  validTo: "2026-12-31",
  discountPercent: null,
  priceNet: null,
  priceGross: null,
  ...over,
});

describe("the customer price rule", () => {
  it("takes the customer's discount off the list price of their level", () => {
    expect(customerPriceOf({ list, discountPercent: 10, vatRate: 23, promotions: [] })).toEqual({
      net: 90,
      gross: 110.7,
      currency: "PLN",
      priceLevel: 2,
      listNet: 100,
      listGross: 123,
      discountPercent: 10,
      promotion: null,
    });
  });

  it("a promotion with a lower price wins alone: it does not combine with the customer's discount", () => {
    const price = customerPriceOf({
      list,
      discountPercent: 10,
      vatRate: 23,
      promotions: [promotion({ discountPercent: 15 })],
    });
    expect(price).toMatchObject({ net: 85, gross: 104.55, discountPercent: 0, promotion: { id: 7 } });
  });

  it("a promotion no better than the customer's discount leaves it (a tie goes to the customer's)", () => {
    const price = customerPriceOf({
      list,
      discountPercent: 10,
      vatRate: 23,
      promotions: [promotion({ discountPercent: 10 }), promotion({ id: 8, discountPercent: 5 })],
    });
    expect(price).toMatchObject({ gross: 110.7, discountPercent: 10, promotion: null });
  });

  it("the lowest of several promotions wins; a promotional price lacking gross is completed with VAT", () => {
    const price = customerPriceOf({
      list,
      discountPercent: 0,
      vatRate: 8,
      promotions: [promotion({ discountPercent: 20 }), promotion({ id: 9, name: "Cena tygodnia", priceNet: 70 })],
    });
    expect(price).toMatchObject({ net: 70, gross: 75.6, promotion: { id: 9, name: "Cena tygodnia" } });
  });
});
