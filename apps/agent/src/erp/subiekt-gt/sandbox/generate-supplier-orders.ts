import { DOK_STATUS } from "../schema/document-codes.ts";
import { formatNumber } from "../schema/numbering.ts";
import type { TBulkWriter } from "./bulk-writer.ts";
import type { TRandom } from "./random.ts";
import type { TSandboxCustomer, TSandboxProduct, TSandboxWarehouse } from "./sandbox-model.ts";
import { SANDBOX_NUMBERING } from "./sandbox-numbering.ts";
import { writeDocument, type TDraftLine, type TIdCounters } from "./write-document.ts";

const DAY_MS = 86_400_000;
/** Supplier orders placed over the last this many days; older ones were all received. */
const HISTORY_DAYS = 120;
/** Orders placed more recently than this may still wait for their goods. */
const OPEN_DAYS = 30;

/**
 * Writes supplier orders (ZD) for the catalogue: a few a week over the last months, each from a
 * supplier (a company among the customers; the sandbox keeps no separate supplier list) for
 * 2..10 goods at purchase prices, into the main warehouse or now and then a showroom. Recent ones
 * are open (nothing or part received) with an expected delivery date after `until`; older ones
 * were received whole. They move no stock: a ZD only announces goods. Returns how many are open.
 */
export async function generateSupplierOrders(options: {
  writer: TBulkWriter;
  random: TRandom;
  ids: TIdCounters;
  products: TSandboxProduct[];
  customers: TSandboxCustomer[];
  warehouses: TSandboxWarehouse[];
  until: Date;
}): Promise<number> {
  const { random } = options;
  const goods = options.products.filter((p) => p.sellable);
  const suppliers = options.customers.filter((c) => c.company);
  const main = options.warehouses.find((w) => w.main);
  const showrooms = options.warehouses.filter((w) => !w.main);
  if (!main || goods.length === 0 || suppliers.length === 0) return 0;
  const orders = Math.max(3, Math.round(goods.length / 25));
  const dates = Array.from({ length: orders }, () => options.until.getTime() - random.int(0, HISTORY_DAYS) * DAY_MS)
    .sort((a, b) => a - b)
    .map((time) => new Date(time));
  const numbers = new Map<string, number>();
  let open = 0;
  for (const date of dates) {
    const warehouse = showrooms.length > 0 && random.chance(0.15) ? random.pick(showrooms) : main;
    const waiting = options.until.getTime() - date.getTime() < OPEN_DAYS * DAY_MS && random.chance(0.85);
    const year = String(date.getUTCFullYear());
    const nr = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, nr);
    const scheme = SANDBOX_NUMBERING.ZD;
    const nrPelny = formatNumber({ symbol: "ZD", nr, scheme, date, warehouseCode: main.symbol, extension: "" });
    const chosen = new Set(Array.from({ length: random.int(2, 10) }, () => random.pick(goods)));
    const lines = [...chosen].map((product): TDraftLine => {
      const qty = random.pick([5, 10, 12, 20, 24, 50, 100]);
      // A delivery may come in parts: some open orders are partly received already.
      const received = !waiting ? qty : random.chance(0.15) ? random.int(1, qty - 1) : 0;
      const price = product.netto[0] ?? 0;
      const line = { product, qty, price, unitCost: price, discount: 0, issuedQty: received, sourceLineId: null };
      return { ...line, warehouseId: warehouse.id };
    });
    const leadDays = waiting ? random.int(1, 30) : random.int(3, 14);
    const deliveryDue = new Date((waiting ? options.until.getTime() : date.getTime()) + leadDays * DAY_MS);
    await writeDocument({
      writer: options.writer,
      ids: options.ids,
      draft: {
        symbol: "ZD",
        nr,
        nrPelny,
        externalNumber: "",
        warehouseId: warehouse.id,
        date,
        customer: random.pick(suppliers),
        status: waiting ? DOK_STATUS.ZK_NOT_FULFILLED : DOK_STATUS.ZK_FULFILLED,
        priceLevel: 0,
        discount: 0,
        source: null,
        payment: "none",
        paymentDue: null,
        deliveryDue,
        lines,
      },
    });
    if (waiting) open += 1;
  }
  return open;
}
