import { ZPricesPage, type TPricesPage } from "@erp-bridge/shared";
import type { TApiChannel } from "../../platform/auth/api-channel.ts";
import { getDb } from "../../platform/database/db.ts";
import { toChangesPage } from "./changes-page.ts";
import { parseChangesQuery } from "./parse-changes-query.ts";
import type { TQueryParams } from "./parse-query.ts";

type TRow = {
  productId: number;
  sku: string | null;
  net: number;
  gross: number;
  currency: string;
  rowVersion: bigint;
  updatedAt: Date;
};

/** Prices at the channel's price level changed after the token. */
export async function listPrices(options: { channel: TApiChannel; query: TQueryParams }): Promise<TPricesPage> {
  const request = parseChangesQuery(options.query);
  const { integrationId, priceLevel } = options.channel;
  const rows = await getDb().$queryRaw<TRow[]>`
    SELECT pr."productId", p.sku, pr.net::float8 AS net, pr.gross::float8 AS gross, pr.currency,
      pr."rowVersion", pr."updatedAt"
    FROM "ErpPrice" pr
    LEFT JOIN "ErpProduct" p ON p."integrationId" = pr."integrationId" AND p."erpId" = pr."productId"
    WHERE pr."integrationId" = ${integrationId}::uuid AND pr.level = ${priceLevel} AND pr."rowVersion" > ${request.after}
    ORDER BY pr."rowVersion"
    LIMIT ${request.limit + 1}`;
  const page = toChangesPage({ request, rows });
  return ZPricesPage.parse({
    items: page.rows.map((row) => ({
      productId: row.productId,
      sku: row.sku,
      net: row.net,
      gross: row.gross,
      currency: row.currency,
      updatedAt: row.updatedAt.toISOString(),
    })),
    hasMore: page.hasMore,
    nextUpdatedSince: page.nextUpdatedSince,
    notices: page.notices,
  });
}
