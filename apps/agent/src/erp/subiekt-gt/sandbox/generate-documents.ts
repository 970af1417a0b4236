import { DOK_STATUS } from "../schema/document-codes.ts";
import { formatNumber } from "../schema/numbering.ts";
import type { TBulkWriter } from "./bulk-writer.ts";
import { buildDocumentCalendar } from "./document-calendar.ts";
import type { TDeferredSale } from "./generate-settlements.ts";
import { draftCorrection, draftSale, draftTransfer, type TSale } from "./draft-documents.ts";
import type { TRandom } from "./random.ts";
import type { TSandboxCustomer, TSandboxProduct, TSandboxWarehouse } from "./sandbox-model.ts";
import { SANDBOX_NUMBERING, type TSandboxNumbered } from "./sandbox-numbering.ts";
import { writeDocument, type TDraftDocument, type TIdCounters } from "./write-document.ts";

const DAY_MS = 86_400_000;
/** Orders this recent may still be open; older ones were fulfilled. */
const OPEN_ORDER_DAYS = 30;
/** Corrections return goods from one of this many latest sales. */
const RECENT_SALES = 500;
/**
 * Yearly change of purchase prices per product group (index as in POLISH_WORDS.groups): some
 * groups get dearer to buy while sale prices stay, so their margin falls, a few below zero.
 */
const COST_TREND = [0.03, 0.15, 0, 0.06, 0.2, 0.02, 0.1, 0.04, -0.02, 0.08];
const YEAR_MS = 365 * DAY_MS;

/**
 * Writes the document history: FS, PA, KFS, ZK and MM, day by day in date order (so numbers grow
 * with dates), spreading about `documentLines` lines over the days by their seasonal weight.
 * Returns the quantity reserved per product and warehouse ("towId:magId") by open reserving orders
 * and the sales on a payment term (their settlements come from generateSettlements).
 */
export async function generateDocuments(options: {
  writer: TBulkWriter;
  random: TRandom;
  products: TSandboxProduct[];
  customers: TSandboxCustomer[];
  warehouses: TSandboxWarehouse[];
  from: Date;
  until: Date;
  documentLines: number;
}): Promise<{ reservations: Map<string, number>; ids: TIdCounters; deferredSales: TDeferredSale[] }> {
  const { writer, random, customers, warehouses } = options;
  const ids: TIdCounters = { dok: 0, ob: 0, vt: 0 };
  const reservations = new Map<string, number>();
  const deferredSales: TDeferredSale[] = [];
  // Shuffled, then picked with a skew: a few products sell far more than the rest.
  const sellable = random.shuffle(options.products.filter((p) => p.sellable));
  const main = warehouses.find((w) => w.main);
  const first = sellable[0];
  if (!main || !first) return { reservations, ids, deferredSales };
  const product = () => sellable[Math.floor(sellable.length * random.next() ** 2.2)] ?? first;
  const showrooms = warehouses.filter((w) => !w.main);
  const companies = customers.filter((c) => c.company);
  const people = customers.filter((c) => !c.company);
  const numbers = new Map<string, number>();
  const recentSales: TSale[] = [];

  const calendar = buildDocumentCalendar({ from: options.from, until: options.until });
  const totalWeight = calendar.reduce((sum, day) => sum + day.weight, 0);
  let budget = 0;
  for (const { date, weight } of calendar) {
    budget += (options.documentLines * weight) / totalWeight;
    const openOrders = options.until.getTime() - date.getTime() < OPEN_ORDER_DAYS * DAY_MS;
    while (budget > 0.5) {
      const symbol = random.weighted<TSandboxNumbered>([
        ["PA", 42],
        ["FS", 26],
        ["ZK", 20],
        ["KFS", recentSales.length > 0 ? 4 : 0],
        ["MM", showrooms.length > 0 ? 8 : 0],
      ]);
      // Numbered by the company's own scheme (nr_Parametr), as the writer numbers; MM leave the main warehouse.
      const scheme = SANDBOX_NUMBERING[symbol];
      const period = scheme.period === "month" ? date.toISOString().slice(0, 7) : date.toISOString().slice(0, 4);
      const series = `${symbol}/${period}/${scheme.warehouse ? main.id : ""}`;
      const nr = (numbers.get(series) ?? 0) + 1;
      numbers.set(series, nr);
      const nrPelny = formatNumber({ symbol, nr, scheme, date, warehouseCode: main.symbol, extension: "" });
      const base = { symbol, nr, nrPelny, date, externalNumber: "", source: null, paymentDue: date, deliveryDue: null };
      let draft: TDraftDocument;
      if (symbol === "KFS") {
        draft = draftCorrection({ random, base, sale: random.pick(recentSales) });
      } else if (symbol === "MM") {
        draft = draftTransfer({ random, base, product, from: main, to: random.pick(showrooms) });
      } else {
        const inShowroom = showrooms.length > 0 && random.chance(symbol === "PA" ? 0.7 : 0.15);
        const warehouseId = inShowroom ? random.pick(showrooms).id : main.id;
        const pool = symbol === "PA" ? (random.chance(0.2) ? people : []) : random.chance(0.85) ? companies : customers;
        const customer = pool.length > 0 ? random.pick(pool) : null;
        const years = (date.getTime() - options.from.getTime()) / YEAR_MS;
        const unitCost = (p: TSandboxProduct) =>
          Math.round((p.netto[0] ?? 0) * (1 + (COST_TREND[p.group] ?? 0) * years));
        draft = draftSale({ random, base, product, unitCost, warehouseId, customer, openOrders });
      }
      if (draft.status === DOK_STATUS.ZK_RESERVED) {
        for (const line of draft.lines) {
          const key = `${line.product.id}:${line.warehouseId}`;
          reservations.set(key, (reservations.get(key) ?? 0) + line.qty - line.issuedQty);
        }
      }
      const written = await writeDocument({ writer, ids, draft });
      budget -= draft.lines.length;
      if (symbol === "FS" && draft.payment === "transfer" && draft.customer && draft.paymentDue) {
        const { id: documentId, gross } = written;
        const sale = { documentId, nrPelny, customerId: draft.customer.id, date, due: draft.paymentDue, gross };
        deferredSales.push(sale);
      }
      if (symbol === "FS" || symbol === "PA") {
        recentSales.push({ id: written.id, nrPelny, date, draft, lineIds: written.lineIds });
        if (recentSales.length > RECENT_SALES) recentSales.shift();
      }
    }
  }
  return { reservations, ids, deferredSales };
}
