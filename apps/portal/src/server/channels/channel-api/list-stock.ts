import { ZStockPage, type TStockPage } from "@erp-bridge/shared";
import type { TApiChannel } from "../../platform/auth/api-channel.ts";
import { getDb } from "../../platform/database/db.ts";
import { toChangesPage } from "./changes-page.ts";
import { parseChangesQuery } from "./parse-changes-query.ts";
import type { TQueryParams } from "./parse-query.ts";
import { readStockItems } from "./read-stock-items.ts";

/**
 * Stock of the products whose stock changed after the token, in the channel's warehouses.
 * The page is cut by changed stock rows (product x warehouse), then each product's total is
 * computed over all the channel's warehouses: a product whose rows straddle two pages appears
 * in both, the later item being current.
 */
export async function listStock(options: { channel: TApiChannel; query: TQueryParams }): Promise<TStockPage> {
  const request = parseChangesQuery(options.query);
  const { integrationId, warehouseIds } = options.channel;
  const rows = await getDb().$queryRaw<{ productId: number; rowVersion: bigint }[]>`
    SELECT "productId", "rowVersion"
    FROM "ErpStock"
    WHERE "integrationId" = ${integrationId}::uuid AND "rowVersion" > ${request.after}
      AND "warehouseId" = ANY(${warehouseIds}::int[])
    ORDER BY "rowVersion"
    LIMIT ${request.limit + 1}`;
  const page = toChangesPage({ request, rows });
  const productIds = [...new Set(page.rows.map((row) => row.productId))];
  return ZStockPage.parse({
    items: await readStockItems({ channel: options.channel, productIds }),
    hasMore: page.hasMore,
    nextUpdatedSince: page.nextUpdatedSince,
    notices: page.notices,
  });
}
