import type { TChannelStockItem } from "@erp-bridge/shared";
import type { TApiChannel } from "../../platform/auth/api-channel.ts";
import { getDb } from "../../platform/database/db.ts";

type TExpected = { date: string | null; quantity: number }[];

type TRow = {
  productId: number;
  sku: string | null;
  withdrawn: boolean;
  available: number;
  warehouses: { warehouseId: number; onHand: number; reserved: number; expected: TExpected }[];
};

/**
 * What the channel may sell of each product: the sum of (onHand - reserved) over the channel's
 * warehouses, less its safety buffer, never below 0; 0 for withdrawn products. Summed as
 * numeric in SQL so fractional quantities do not pick up float error. One item per product id
 * asked for, by product id, also when it has no stock row in those warehouses. Planned
 * deliveries come per warehouse as the copy holds them, and summed per date over the channel's
 * warehouses for the item.
 */
export async function readStockItems(options: {
  channel: Pick<TApiChannel, "integrationId" | "warehouseIds" | "safetyBuffer">;
  productIds: number[];
}): Promise<TChannelStockItem[]> {
  const { integrationId, warehouseIds, safetyBuffer } = options.channel;
  if (options.productIds.length === 0) return [];
  const rows = await getDb().$queryRaw<TRow[]>`
    SELECT ids.id AS "productId", p.sku, COALESCE(p.deleted OR p.blocked, false) AS withdrawn,
      CASE WHEN COALESCE(p.deleted OR p.blocked, false) THEN 0
           ELSE GREATEST(0, COALESCE(SUM(s."onHand" - s.reserved), 0) - ${safetyBuffer}) END::float8 AS available,
      COALESCE(
        json_agg(json_build_object('warehouseId', s."warehouseId", 'onHand', s."onHand"::float8,
                                   'reserved', s.reserved::float8, 'expected', s.expected) ORDER BY s."warehouseId")
          FILTER (WHERE s."warehouseId" IS NOT NULL),
        '[]') AS warehouses
    FROM (SELECT DISTINCT unnest(${options.productIds}::int[]) AS id) ids
    LEFT JOIN "ErpProduct" p ON p."integrationId" = ${integrationId}::uuid AND p."erpId" = ids.id
    LEFT JOIN "ErpStock" s ON s."integrationId" = ${integrationId}::uuid AND s."productId" = ids.id
      AND s."warehouseId" = ANY(${warehouseIds}::int[])
    GROUP BY ids.id, p.sku, p.deleted, p.blocked
    ORDER BY ids.id`;
  return rows.map((row) => ({
    productId: row.productId,
    sku: row.sku,
    available: row.available,
    status: row.withdrawn ? "withdrawn" : "active",
    expected: sumByDate(row.warehouses.flatMap((warehouse) => warehouse.expected)),
    warehouses: row.warehouses,
  }));
}

/** Deliveries of several warehouses summed per date, by date with the undated last. */
function sumByDate(deliveries: TExpected): TExpected {
  const byDate = new Map<string | null, number>();
  for (const { date, quantity } of deliveries) byDate.set(date, (byDate.get(date) ?? 0) + quantity);
  return [...byDate]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([date, quantity]) => ({ date, quantity: Math.round(quantity * 10_000) / 10_000 }));
}
