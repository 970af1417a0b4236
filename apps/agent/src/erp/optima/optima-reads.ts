import type { Kysely } from "kysely";
import type { TErpReads, TReadRequest } from "@erp-bridge/shared";
import type { TDialectHelpers } from "../sql/dialect-helpers.ts";
import { readCustomers } from "./reads/read-customers.ts";
import { readPriceLevels, readUnits, readVatRates, readWarehouses } from "./reads/read-dictionaries.ts";
import { readDocuments } from "./reads/read-documents.ts";
import type { TOptimaReadOptions } from "./reads/read-options.ts";
import { readPrices, readProducts } from "./reads/read-products.ts";
import { readStock } from "./reads/read-stock.ts";
import type { TOptimaDatabase } from "./schema/optima-tables.ts";

/** The Comarch ERP Optima connector's reads: the ERP-neutral reads over the CDN schema. */
export function createOptimaReads(options: { db: Kysely<TOptimaDatabase>; helpers: TDialectHelpers }): TErpReads {
  const bind =
    <T>(read: (options: TOptimaReadOptions) => Promise<T>) =>
    (request: TReadRequest) =>
      read({ db: options.db, helpers: options.helpers, cursor: request.cursor, pageSize: request.pageSize });
  return {
    warehouses: bind(readWarehouses),
    priceLevels: bind(readPriceLevels),
    vatRates: bind(readVatRates),
    units: bind(readUnits),
    products: bind(readProducts),
    prices: bind(readPrices),
    // Optima's promotions (CDN.PrmKarty) are not read yet: none, so the copy holds none.
    promotions: async () => ({ rows: [], cursor: null, done: true }),
    stock: bind(readStock),
    customers: bind(readCustomers),
    documents: bind(readDocuments),
  };
}
