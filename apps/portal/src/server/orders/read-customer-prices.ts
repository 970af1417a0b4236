import { Prisma } from "../../generated/prisma/client.ts";
import { getDb, type TTx } from "../platform/database/db.ts";
import { customerPriceOf, type TCustomerPrice, type TPromotionOffer } from "./customer-price-rule.ts";

type TRow = {
  productId: number;
  sku: string;
  vatRate: number;
  level: number;
  net: number;
  gross: number;
  currency: string;
  promotions: TPromotionOffer[];
};

export type TProductPrice = { productId: number; sku: string; price: TCustomerPrice };

/** Which products: by id or SKU, or a page of the sellable ones after a product id. */
export type TPriceSelection = { productIds: number[] } | { skus: string[] } | { afterProductId: number; limit: number };

/**
 * What a customer pays for products, from the cloud copy (see customer-price-rule.ts for the rule).
 * The list price is the customer's level's, else the channel's level's (a customer without a
 * level, or a product without a price there); promotions are those active today (the ERP's
 * calendar, Europe/Warsaw) for the product and the customer. `customer` null is a buyer the ERP
 * does not know yet: the channel's level, no discount, promotions for every customer. Products
 * without a price at either level are left out. Scoped to the company.
 */
export async function readCustomerPrices(options: {
  tx?: TTx;
  integrationId: string | null;
  channelLevel: number;
  customer: { erpId: number; priceLevel: number | null; discountPercent: number } | null;
  selection: TPriceSelection;
}): Promise<TProductPrice[]> {
  const { integrationId, channelLevel, customer, selection } = options;
  const customerLevel = customer?.priceLevel ?? channelLevel;
  const where =
    "productIds" in selection
      ? Prisma.sql`p."erpId" = ANY(${selection.productIds})`
      : "skus" in selection
        ? Prisma.sql`p."sku" = ANY(${selection.skus})`
        : Prisma.sql`p."erpId" > ${selection.afterProductId} AND NOT p."deleted" AND NOT p."blocked"`;
  const limit = "limit" in selection ? Prisma.sql`LIMIT ${selection.limit}` : Prisma.empty;
  const rows = await (options.tx ?? getDb()).$queryRaw<TRow[]>`
    SELECT p."erpId" AS "productId", p.sku, p."vatRate"::float8 AS "vatRate", lp.level, lp.net::float8 AS net,
      lp.gross::float8 AS gross, lp.currency,
      COALESCE((
        SELECT json_agg(json_build_object('id', pr."erpId", 'name', pr.name,
          'validTo', to_char(pr."validTo", 'YYYY-MM-DD'), 'discountPercent', pr."discountPercent"::float8,
          'priceNet', pr."priceNet"::float8, 'priceGross', pr."priceGross"::float8) ORDER BY pr."erpId")
        FROM "ErpPromotion" pr
        WHERE pr."integrationId" = p."integrationId" AND pr.active
          AND (pr."validFrom" IS NULL OR pr."validFrom" <= (now() AT TIME ZONE 'Europe/Warsaw')::date)
          AND (pr."validTo" IS NULL OR pr."validTo" >= (now() AT TIME ZONE 'Europe/Warsaw')::date)
          AND (pr."everyProduct" OR p."erpId" = ANY(pr."productIds"))
          AND (pr."everyCustomer" OR ${customer?.erpId ?? null}::int = ANY(pr."customerIds"))
      ), '[]'::json) AS promotions
    FROM "ErpProduct" p
    JOIN LATERAL (
      SELECT x.level, x.net, x.gross, x.currency FROM "ErpPrice" x
      WHERE x."integrationId" = p."integrationId" AND x."productId" = p."erpId" AND x.level IN (${customerLevel}, ${channelLevel})
      ORDER BY x.level = ${customerLevel} DESC LIMIT 1
    ) lp ON true
    WHERE p."integrationId" = ${integrationId}::uuid AND ${where}
    ORDER BY p."erpId"
    ${limit}`;
  return rows.map((row) => ({
    productId: row.productId,
    sku: row.sku,
    price: customerPriceOf({
      list: { level: row.level, net: row.net, gross: row.gross, currency: row.currency },
      discountPercent: customer?.discountPercent ?? 0,
      vatRate: row.vatRate,
      promotions: row.promotions,
    }),
  }));
}
