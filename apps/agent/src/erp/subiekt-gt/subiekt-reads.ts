import type { Kysely } from "kysely";
import type { TErpReads, TReadRequest } from "@erp-bridge/shared";
import type { TDialectHelpers } from "../sql/dialect-helpers.ts";
import { readCustomers } from "./reads/read-customers.ts";
import { readDocuments } from "./reads/read-documents.ts";
import type { TReadOptions } from "./reads/read-options.ts";
import { readPriceLevels } from "./reads/read-price-levels.ts";
import { readPrices } from "./reads/read-prices.ts";
import { readProducts } from "./reads/read-products.ts";
import { readPromotions } from "./reads/read-promotions.ts";
import { readStock } from "./reads/read-stock.ts";
import { readUnits } from "./reads/read-units.ts";
import { readVatRates } from "./reads/read-vat-rates.ts";
import { readWarehouses } from "./reads/read-warehouses.ts";
import type { TSubiektDatabase } from "./schema/database.ts";

/** The read half of the Subiekt GT connector: the ERP-neutral reads over Subiekt's tables. */
export function createSubiektReads(options: { db: Kysely<TSubiektDatabase>; helpers: TDialectHelpers }): TErpReads {
  const bind =
    <T>(read: (options: TReadOptions) => Promise<T>) =>
    (request: TReadRequest) =>
      read({ db: options.db, helpers: options.helpers, cursor: request.cursor, pageSize: request.pageSize });
  return {
    warehouses: bind(readWarehouses),
    priceLevels: bind(readPriceLevels),
    vatRates: bind(readVatRates),
    units: bind(readUnits),
    products: bind(readProducts),
    prices: bind(readPrices),
    promotions: bind(readPromotions),
    stock: bind(readStock),
    customers: bind(readCustomers),
    documents: bind(readDocuments),
  };
}
