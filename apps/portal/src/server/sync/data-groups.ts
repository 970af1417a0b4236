import type { TErpResource } from "@erp-bridge/shared";
import type { DataGroup } from "../../generated/prisma/client.ts";
import type { TDataGroupKey } from "../integrations/integration-settings.ts";

/** Each data group: its settings key, the connector read behind it, and the page size to ask for. */
export const DATA_GROUPS = {
  PRODUCTS: { key: "products", resource: "products", pageSize: 1000 },
  PRICES: { key: "prices", resource: "prices", pageSize: 2000 },
  STOCK: { key: "stock", resource: "stock", pageSize: 2000 },
  CUSTOMERS: { key: "customers", resource: "customers", pageSize: 1000 },
  DOCUMENTS: { key: "documents", resource: "documents", pageSize: 500 },
} as const satisfies Record<DataGroup, { key: TDataGroupKey; resource: TErpResource; pageSize: number }>;

export const DATA_GROUP_NAMES = Object.keys(DATA_GROUPS) as DataGroup[];

/** Pages per erp.read command: a run is a chain of such chunks, each resumable on its own. */
export const CHUNK_PAGES = 50;
