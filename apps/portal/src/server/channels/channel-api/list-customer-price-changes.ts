import { ZCustomerPriceChangesPage, type TCustomerPriceChangesPage } from "@erp-bridge/shared";
import type { TApiChannel } from "../../platform/auth/api-channel.ts";
import { getDb } from "../../platform/database/db.ts";
import { toChangesPage } from "./changes-page.ts";
import { parseChangesQuery } from "./parse-changes-query.ts";
import type { TQueryParams } from "./parse-query.ts";

type TRow = {
  type: "product" | "customer" | "promotion";
  id: number;
  sku: string | null;
  active: boolean | null;
  validFrom: string | null;
  validTo: string | null;
  productIds: number[] | null;
  customerIds: number[] | null;
  rowVersion: bigint;
  updatedAt: Date;
};

/**
 * What moved customer prices after the token, from the three things they are made of: list
 * prices (any level), customers (their level and discount; a customer row moves on other changes
 * too, so a channel may ask again for nothing), and promotions. One row version orders all three
 * (the copy's one sequence), so one token serves the feed. A product's levels changing together
 * come as one item per page.
 */
export async function listCustomerPriceChanges(options: {
  channel: TApiChannel;
  query: TQueryParams;
}): Promise<TCustomerPriceChangesPage> {
  const request = parseChangesQuery(options.query);
  const { integrationId } = options.channel;
  const rows = await getDb().$queryRaw<TRow[]>`
    SELECT * FROM (
      SELECT 'product' AS type, pr."productId" AS id, p.sku, NULL::boolean AS active, NULL AS "validFrom",
        NULL AS "validTo", NULL::int[] AS "productIds", NULL::int[] AS "customerIds", pr."rowVersion", pr."updatedAt"
      FROM "ErpPrice" pr
      LEFT JOIN "ErpProduct" p ON p."integrationId" = pr."integrationId" AND p."erpId" = pr."productId"
      WHERE pr."integrationId" = ${integrationId}::uuid AND pr."rowVersion" > ${request.after}
      UNION ALL
      SELECT 'customer', c."erpId", NULL, NULL, NULL, NULL, NULL, NULL, c."rowVersion", c."updatedAt"
      FROM "ErpCustomer" c
      WHERE c."integrationId" = ${integrationId}::uuid AND c."rowVersion" > ${request.after}
      UNION ALL
      SELECT 'promotion', m."erpId", NULL, m.active, to_char(m."validFrom", 'YYYY-MM-DD'),
        to_char(m."validTo", 'YYYY-MM-DD'), CASE WHEN m."everyProduct" THEN NULL ELSE m."productIds" END,
        CASE WHEN m."everyCustomer" THEN NULL ELSE m."customerIds" END, m."rowVersion", m."updatedAt"
      FROM "ErpPromotion" m
      WHERE m."integrationId" = ${integrationId}::uuid AND m."rowVersion" > ${request.after}
    ) changes
    ORDER BY "rowVersion"
    LIMIT ${request.limit + 1}`;
  const page = toChangesPage({ request, rows });
  const items = new Map<string, TCustomerPriceChangesPage["items"][number]>();
  for (const row of page.rows) {
    const updatedAt = row.updatedAt.toISOString();
    // A later item about the same thing replaces the earlier one, keeping the feed's order of last changes.
    const key = `${row.type}:${row.id}`;
    items.delete(key);
    if (row.type === "product") items.set(key, { type: row.type, productId: row.id, sku: row.sku, updatedAt });
    else if (row.type === "customer") items.set(key, { type: row.type, customerId: row.id, updatedAt });
    else {
      items.set(key, {
        type: row.type,
        promotionId: row.id,
        active: row.active ?? false,
        validFrom: row.validFrom,
        validTo: row.validTo,
        productIds: row.productIds,
        customerIds: row.customerIds,
        updatedAt,
      });
    }
  }
  return ZCustomerPriceChangesPage.parse({
    items: [...items.values()],
    hasMore: page.hasMore,
    nextUpdatedSince: page.nextUpdatedSince,
    notices: page.notices,
  });
}
