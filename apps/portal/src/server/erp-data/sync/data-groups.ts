import type { TErpResource } from "@erp-bridge/shared";
import type { DataGroup } from "../../../generated/prisma/client.ts";
import type { TDataGroupKey } from "../../settings/integration-settings.ts";

/**
 * Each data group: its settings key, the connector read behind it, and the page size to ask for,
 * from the start and from a cursor. A stock pass from a cursor scans all stock but returns only
 * what changed, so its pages are mostly empty: bigger ones cut the round trips per pass (8000
 * rows even all changed stay well under the tunnel's 1 MiB frame). Prices come ten to a product,
 * so their pages are big too (5000 rows, about 450 KB).
 */
export const DATA_GROUPS = {
  PRODUCTS: { key: "products", resource: "products", pageSize: 1000, incrementalPageSize: 1000 },
  PRICES: { key: "prices", resource: "prices", pageSize: 5000, incrementalPageSize: 5000 },
  STOCK: { key: "stock", resource: "stock", pageSize: 2000, incrementalPageSize: 8000 },
  CUSTOMERS: { key: "customers", resource: "customers", pageSize: 1000, incrementalPageSize: 1000 },
  DOCUMENTS: { key: "documents", resource: "documents", pageSize: 500, incrementalPageSize: 500 },
  PROMOTIONS: { key: "promotions", resource: "promotions", pageSize: 500, incrementalPageSize: 500 },
} as const satisfies Record<
  DataGroup,
  { key: TDataGroupKey; resource: TErpResource; pageSize: number; incrementalPageSize: number }
>;

export const DATA_GROUP_NAMES = Object.keys(DATA_GROUPS) as DataGroup[];

/** Pages per erp.read command: a run is a chain of such chunks, each resumable on its own. */
export const CHUNK_PAGES = 50;
