import { grossOf, roundGrosze } from "./money.ts";

export type TLineDraft = {
  productId: number;
  rodzaj: number;
  unit: string;
  vatId: number | null;
  vatPercent: number;
  /** Negative on a correction. */
  quantity: number;
  issuedQuantity: number;
  /** Net unit price in grosze, before the discount. */
  price: number;
  discountPercent: number;
  /**
   * Purchase (warehouse) unit price in grosze: the line's ob_CenaMag; ob_WartMag is it times the
   * quantity. uncertain: Subiekt values issued goods from their FIFO lots (dok_MagRuch), which these
   * writes do not keep; the product's purchase price (or the source line's) stands in for it.
   */
  unitCost: number;
  warehouseId: number;
  sourceLineId: number | null;
};

export type TPricedLine = TLineDraft & { grossPrice: number; net: number; vat: number; gross: number; cost: number };
export type TAmounts = { net: number; vat: number; gross: number };
export type TRateTotal = TAmounts & { vatId: number; percent: number };

/**
 * Values every line in whole grosze and sums them, so the header's totals are exactly the sums
 * of its lines and each dok_Vat row the sums of its rate's lines. Warehouse documents (MM) carry
 * no VAT: their lines are valued net and they get no VAT rows.
 */
export function priceLines(options: { lines: TLineDraft[]; withVat: boolean }) {
  const totals: TAmounts = { net: 0, vat: 0, gross: 0 };
  const rates = new Map<number, TRateTotal>();
  const lines = options.lines.map((line): TPricedLine => {
    const percent = options.withVat ? line.vatPercent : 0;
    const net = roundGrosze((line.quantity * line.price * (100 - line.discountPercent)) / 100);
    const gross = grossOf({ net, percent });
    totals.net += net;
    totals.vat += gross - net;
    totals.gross += gross;
    if (options.withVat && line.vatId !== null) {
      const rate = rates.get(line.vatId) ?? { vatId: line.vatId, percent, net: 0, vat: 0, gross: 0 };
      rate.net += net;
      rate.vat += gross - net;
      rate.gross += gross;
      rates.set(line.vatId, rate);
    }
    const grossPrice = grossOf({ net: line.price, percent });
    const cost = roundGrosze(line.quantity * line.unitCost);
    return { ...line, vatPercent: percent, grossPrice, net, vat: gross - net, gross, cost };
  });
  return { lines, totals, rates: [...rates.values()] };
}
