/**
 * An order of `lines` lines on SKUs picked round the list with a stride, so that orders written side
 * by side often share products (the stock rows the writes lock).
 */
export function orderBody(options: { skus: string[]; index: number; prefix: string; lines?: number }) {
  const count = options.lines ?? 2;
  const lines = Array.from({ length: count }, (_, offset) => ({
    product: { sku: options.skus[(options.index * 7 + offset * 13) % options.skus.length] ?? "" },
    quantity: 1,
    unitGross: 10 + offset,
    vatRate: 23,
  }));
  return {
    externalId: `${options.prefix}-${options.index}`,
    buyer: {
      name: "Klient Testowy",
      email: `klient${options.index % 50}@example.pl`,
      address: { street: "Długa 1", postalCode: "00-001", city: "Warszawa" },
    },
    lines,
    deliveryMethod: "courier",
    paymentMethod: "payu",
    document: "receipt",
    totalGross: lines.reduce((sum, line) => sum + line.unitGross, 0),
  };
}
