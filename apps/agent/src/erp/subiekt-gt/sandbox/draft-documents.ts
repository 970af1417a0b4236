import { DOK_STATUS, type TDokTypSymbol } from "../schema/document-codes.ts";
import type { TRandom } from "./random.ts";
import type { TSandboxCustomer, TSandboxProduct, TSandboxWarehouse } from "./sandbox-model.ts";
import type { TDraftDocument, TDraftLine } from "./write-document.ts";

const DAY_MS = 86_400_000;

/** Number, date and defaults every draft starts from. */
export type TDraftBase = Pick<
  TDraftDocument,
  "symbol" | "nr" | "nrPelny" | "date" | "externalNumber" | "source" | "paymentDue" | "deliveryDue"
>;

export type TSale = { id: number; nrPelny: string; date: Date; draft: TDraftDocument; lineIds: number[] };

/** A KFS returning part of a recent FS or PA: negative quantities, the sale's prices, links to its lines. */
export function draftCorrection(options: { random: TRandom; base: TDraftBase; sale: TSale }): TDraftDocument {
  const { random, sale } = options;
  const returned = sale.draft.lines.slice(0, random.int(1, Math.min(2, sale.draft.lines.length)));
  return {
    ...sale.draft,
    ...options.base,
    status: DOK_STATUS.ISSUED,
    source: { id: sale.id, nrPelny: sale.nrPelny, date: sale.date },
    lines: returned.map((line, i) => {
      const qty = -random.int(1, line.qty);
      return { ...line, qty, issuedQty: qty, sourceLineId: sale.lineIds[i] ?? null };
    }),
  };
}

/** An MM from the main warehouse to a showroom, valued at purchase prices. */
export function draftTransfer(options: {
  random: TRandom;
  base: TDraftBase;
  product: () => TSandboxProduct;
  from: TSandboxWarehouse;
  to: TSandboxWarehouse;
}): TDraftDocument {
  const { random } = options;
  const lines = Array.from({ length: random.int(3, 15) }, (): TDraftLine => {
    const product = options.product();
    const qty = random.int(1, 10);
    const price = product.netto[0] ?? 0;
    const line = { product, qty, price, unitCost: price, discount: 0, issuedQty: qty, sourceLineId: null };
    return { ...line, warehouseId: options.to.id };
  });
  const header = { customer: null, status: DOK_STATUS.ISSUED, priceLevel: 0, discount: 0, payment: "none" } as const;
  return { ...options.base, ...header, warehouseId: options.from.id, lines };
}

/**
 * An FS, PA or ZK at the customer's price level and discount. Recent orders may be open: reserved
 * (nothing or part issued yet) or without reservation; older ones are fulfilled but a few.
 */
export function draftSale(options: {
  random: TRandom;
  base: TDraftBase & { symbol: TDokTypSymbol };
  product: () => TSandboxProduct;
  /** The purchase price of a product on the document's date, in grosze. */
  unitCost: (product: TSandboxProduct) => number;
  warehouseId: number;
  customer: TSandboxCustomer | null;
  openOrders: boolean;
}): TDraftDocument {
  const { random, base, customer, warehouseId } = options;
  const { symbol, date } = base;
  const priceLevel = customer?.priceLevel ?? 1;
  const discount = customer?.discountPercent ?? 0;
  const status =
    symbol !== "ZK"
      ? DOK_STATUS.ISSUED
      : options.openOrders
        ? random.weighted<number>([
            [DOK_STATUS.ZK_RESERVED, 55],
            [DOK_STATUS.ZK_WITHOUT_RESERVATION, 15],
            [DOK_STATUS.ZK_FULFILLED, 30],
          ])
        : // A few old orders were never closed and still hold stock, as reconciliation finds in real data.
          random.chance(0.03)
          ? DOK_STATUS.ZK_RESERVED
          : DOK_STATUS.ZK_FULFILLED;
  const count =
    symbol === "PA"
      ? random.weighted([
          [1, 5],
          [2, 3],
          [3, 2],
          [4, 1],
        ])
      : random.int(1, symbol === "FS" ? 8 : 6);
  const lines = Array.from({ length: count }, (): TDraftLine => {
    const product = options.product();
    const bulk = symbol === "FS" && random.chance(0.15);
    const qty = bulk
      ? random.int(5, 40)
      : random.weighted([
          [1, 6],
          [2, 3],
          [3, 1],
        ]);
    const partlyIssued = status === DOK_STATUS.ZK_RESERVED && random.chance(0.2);
    const issuedQty =
      status === DOK_STATUS.ZK_FULFILLED || symbol !== "ZK" ? qty : partlyIssued ? random.int(0, qty - 1) : 0;
    const price = product.netto[priceLevel] ?? product.netto[1] ?? 0;
    const unitCost = options.unitCost(product);
    return { product, qty, price, unitCost, discount, issuedQty, sourceLineId: null, warehouseId };
  });
  const payment = symbol === "ZK" ? "none" : customer?.paymentDays ? "transfer" : random.chance(0.6) ? "card" : "cash";
  const paymentDays = payment === "transfer" ? (customer?.paymentDays ?? 0) : 0;
  return {
    ...base,
    warehouseId,
    customer,
    status,
    priceLevel,
    discount,
    payment,
    externalNumber: symbol === "ZK" && random.chance(0.6) ? `SKLEP-${base.nr}-${date.getUTCFullYear()}` : "",
    paymentDue: new Date(date.getTime() + paymentDays * DAY_MS),
    deliveryDue: symbol === "ZK" ? new Date(date.getTime() + random.int(2, 14) * DAY_MS) : null,
    lines,
  };
}
