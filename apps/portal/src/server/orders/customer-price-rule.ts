/** A product's price at one level, as the ERP lists it. */
export type TListPrice = { level: number; net: number; gross: number; currency: string };

/** A promotion that holds today for the product and the customer. */
export type TPromotionOffer = {
  id: number;
  name: string;
  validTo: string | null;
  discountPercent: number | null;
  priceNet: number | null;
  priceGross: number | null;
};

export type TCustomerPrice = {
  net: number;
  gross: number;
  currency: string;
  /** The level the list price came from, and that price before any discount. */
  priceLevel: number;
  listNet: number;
  listGross: number;
  /** The customer's discount when it gave the price; 0 when a promotion did. */
  discountPercent: number;
  promotion: { id: number; name: string; validTo: string | null } | null;
};

const grosz = (amount: number) => Math.round(amount * 100) / 100;
const off = (price: TListPrice, percent: number) => ({
  net: grosz(price.net * (1 - percent / 100)),
  gross: grosz(price.gross * (1 - percent / 100)),
});

/**
 * The price a customer pays for one product: the list price at their level (the caller picks the
 * level: the customer's, else the channel's) less their discount; or a promotion that holds for
 * them today, when it gives a lower gross price. Promotions and the customer's discount do not
 * combine: the best single price wins, and the customer's own wins a tie. A promotion's percent
 * is taken off the list price; a promotional price missing its net or gross is completed with the
 * product's VAT rate.
 */
export function customerPriceOf(options: {
  list: TListPrice;
  discountPercent: number;
  vatRate: number;
  promotions: readonly TPromotionOffer[];
}): TCustomerPrice {
  const { list, vatRate } = options;
  const base = { currency: list.currency, priceLevel: list.level, listNet: list.net, listGross: list.gross };
  let best: TCustomerPrice = {
    ...base,
    ...off(list, options.discountPercent),
    discountPercent: options.discountPercent,
    promotion: null,
  };
  for (const promotion of options.promotions) {
    const price = promotionPrice({ promotion, list, vatRate });
    if (price === null || price.gross >= best.gross) continue;
    const { id, name, validTo } = promotion;
    best = { ...base, ...price, discountPercent: 0, promotion: { id, name, validTo } };
  }
  return best;
}

function promotionPrice(options: { promotion: TPromotionOffer; list: TListPrice; vatRate: number }) {
  const { promotion, vatRate } = options;
  const factor = 1 + vatRate / 100;
  if (promotion.priceNet !== null || promotion.priceGross !== null) {
    const net = promotion.priceNet ?? (promotion.priceGross ?? 0) / factor;
    const gross = promotion.priceGross ?? net * factor;
    return { net: grosz(net), gross: grosz(gross) };
  }
  return promotion.discountPercent === null ? null : off(options.list, promotion.discountPercent);
}
