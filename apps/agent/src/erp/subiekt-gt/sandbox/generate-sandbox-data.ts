import type { Kysely } from "kysely";
import type { TSubiektDatabase } from "../schema/database.ts";
import { createBulkWriter } from "./bulk-writer.ts";
import { generateCustomers } from "./generate-customers.ts";
import { generateDictionaries } from "./generate-dictionaries.ts";
import { generateDocuments } from "./generate-documents.ts";
import { generateSettlements } from "./generate-settlements.ts";
import { generateProducts } from "./generate-products.ts";
import { generatePromotions } from "./generate-promotions.ts";
import { generateStock } from "./generate-stock.ts";
import { generateSupplierOrders } from "./generate-supplier-orders.ts";
import { createRandom } from "./random.ts";
import { writeNumbering } from "./sandbox-numbering.ts";

export type TSandboxSize = {
  seed: number;
  products: number;
  /** Sale price levels, 1..10. */
  priceLevels: number;
  /** The main warehouse plus showrooms: at least 3. */
  warehouses: number;
  customers: number;
  years: number;
  documentLines: number;
  /** The last day of history (UTC); fixed for a reproducible sandbox. */
  until: Date;
};

const DAY_MS = 86_400_000;

/**
 * Fills an empty sandbox schema with a deterministic company: the same options give the same rows.
 * Each part draws from its own seeded stream, so changing one size leaves the other parts alone.
 * Returns the rows written per table.
 */
export async function generateSandboxData(options: { db: Kysely<TSubiektDatabase> } & TSandboxSize) {
  if (options.priceLevels < 1 || options.priceLevels > 10) throw new Error("priceLevels must be 1..10");
  if (options.warehouses < 3) throw new Error("warehouses must be at least 3: the main one and two showrooms");
  const writer = createBulkWriter({ db: options.db });
  const stream = (part: number) => createRandom({ seed: options.seed * 7919 + part });
  const until = new Date(Math.floor(options.until.getTime() / DAY_MS) * DAY_MS);
  const from = new Date(until.getTime() - Math.round(options.years * 365) * DAY_MS);

  await writeNumbering({ writer });
  const { vatRates, warehouses } = await generateDictionaries({
    writer,
    priceLevels: options.priceLevels,
    warehouses: options.warehouses,
  });
  const products = await generateProducts({
    writer,
    random: stream(1),
    cardRandom: stream(21),
    count: options.products,
    priceLevels: options.priceLevels,
    vatRates,
    from,
    until,
  });
  const customers = await generateCustomers({
    writer,
    random: stream(2),
    count: options.customers,
    priceLevels: options.priceLevels,
    from,
  });
  const { reservations, ids, deferredSales } = await generateDocuments({
    writer,
    random: stream(3),
    products,
    customers,
    warehouses,
    from,
    until,
    documentLines: options.documentLines,
  });
  await generateStock({ writer, random: stream(4), products, warehouses, reservations });
  await generateSupplierOrders({ writer, random: stream(22), ids, products, customers, warehouses, until });
  const settlements = await generateSettlements({ writer, random: stream(5), sales: deferredSales, until });
  const promotions = await generatePromotions({ writer, random: stream(6), products, customers, until });

  // Subiekt allocates the next id of each table from ins_ident: start past everything written.
  const counts = writer.counts();
  const lastIds: Record<string, number> = {
    dok__Dokument: ids.dok,
    dok_Pozycja: ids.ob,
    dok_Vat: ids.vt,
    tw__Towar: products.length,
    tw_Cena: products.length,
    kh__Kontrahent: customers.length,
    adr__Ewid: counts.adr__Ewid ?? 0,
    tel__Ewid: customers.length,
    adr_Email: customers.length,
    adr_Historia: customers.length,
    sl_Magazyn: warehouses.length,
    sl_StawkaVAT: vatRates.length,
    tw_KodKreskowy: counts.tw_KodKreskowy ?? 0,
    sl_GrupaTw: counts.sl_GrupaTw ?? 0,
    tw_JednMiary: counts.tw_JednMiary ?? 0,
    sl_Rabat: counts.sl_Rabat ?? 0,
    tw_Parametr: 1,
    nz__Finanse: settlements,
    dok_Promocja: promotions.promotions,
    dok_PromocjaTowar: promotions.promotionProducts,
    dok_PromocjaKontrahent: promotions.promotionCustomers,
  };
  for (const [table, lastId] of Object.entries(lastIds)) {
    await writer.add("ins_ident", { ido_nazwa: table, ido_wartosc: lastId + 1 });
  }
  await writer.flush();
  return { ...writer.counts() };
}
