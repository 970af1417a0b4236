import type { TTableSpecs } from "./column-spec.ts";
import { CHANGE_MARKER_TABLES, type TChangeMarkerTables } from "./change-markers.ts";
import { CUSTOMER_TABLES, type TCustomerTables } from "./customers.ts";
import { DOCUMENT_LINE_TABLES, type TDocumentLineTables } from "./document-lines.ts";
import { DOCUMENT_VAT_TABLES, type TDocumentVatTables } from "./document-vat.ts";
import { DOCUMENT_TABLES, type TDocumentTables } from "./documents.ts";
import { ID_TABLES, type TIdTables } from "./ids.ts";
import { NUMBERING_TABLES, type TNumberingTables } from "./numbering-tables.ts";
import { PRICE_TABLES, type TPriceTables } from "./prices.ts";
import { PRODUCT_TABLES, type TProductTables } from "./products.ts";
import { PROMOTION_TABLES, type TPromotionTables } from "./promotions.ts";
import { SETTLEMENT_TABLES, type TSettlementTables } from "./settlements.ts";
import { STOCK_TABLES, type TStockTables } from "./stock.ts";
import { VAT_TABLES, type TVatTables } from "./vat.ts";
import { WAREHOUSE_TABLES, type TWarehouseTables } from "./warehouses.ts";

/** The Kysely database type of the Subiekt GT tables the integration touches, with their exact names. */
export type TSubiektDatabase = TProductTables &
  TPriceTables &
  TStockTables &
  TWarehouseTables &
  TVatTables &
  TCustomerTables &
  TSettlementTables &
  TPromotionTables &
  TDocumentTables &
  TDocumentLineTables &
  TDocumentVatTables &
  TChangeMarkerTables &
  TIdTables &
  TNumberingTables;

export type TSubiektTable = keyof TSubiektDatabase;

/** Every table's SQL Server declaration; the compiler keeps it in step with TSubiektDatabase. */
export const SUBIEKT_TABLES: TTableSpecs<TSubiektDatabase> = {
  ...PRODUCT_TABLES,
  ...PRICE_TABLES,
  ...STOCK_TABLES,
  ...WAREHOUSE_TABLES,
  ...VAT_TABLES,
  ...CUSTOMER_TABLES,
  ...SETTLEMENT_TABLES,
  ...PROMOTION_TABLES,
  ...DOCUMENT_TABLES,
  ...DOCUMENT_LINE_TABLES,
  ...DOCUMENT_VAT_TABLES,
  ...CHANGE_MARKER_TABLES,
  ...ID_TABLES,
  ...NUMBERING_TABLES,
};
