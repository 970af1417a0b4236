import { Prisma } from "../../../generated/prisma/client.ts";
import type { TTx } from "../../platform/database/db.ts";
import { orderIdOfKey } from "./rollups/order-id-of-key.ts";

/**
 * Where a sale was made, the one place that decides it:
 *  - a channel: the document carries an external number (the portal wrote it for an order); the
 *    order says which channel, '?' when the number is not an order the portal knows;
 *  - a showroom: otherwise, when its warehouse is marked showroom in the integration settings;
 *  - ERP direct: everything else (typed into the ERP at head office).
 * The channel is fixed when the document is copied (documentChannels); the showroom role is
 * applied when a report runs (contactSql), so re-marking a warehouse changes every report at once.
 * A correction (KFS) without its own external number belongs where the sale it corrects was made.
 */
export const CONTACT = { erp: "erp", showroom: "showroom", unknownChannel: "channel:unknown" } as const;
export const UNKNOWN_CHANNEL = "?";

export function channelContact(channelId: string): string {
  return channelId === UNKNOWN_CHANNEL ? CONTACT.unknownChannel : `channel:${channelId}`;
}

/** The channel of each order key among these external numbers ('?' for the rest). */
export async function documentChannels(options: {
  tx: TTx;
  companyId: string;
  externalNumbers: string[];
}): Promise<{ key: string; channel: string }[]> {
  const orderIds = new Map<string, string>();
  for (const key of new Set(options.externalNumbers)) {
    const orderId = orderIdOfKey(key);
    if (orderId) orderIds.set(key, orderId);
  }
  const orders =
    orderIds.size === 0
      ? []
      : await options.tx.order.findMany({
          where: { companyId: options.companyId, id: { in: [...new Set(orderIds.values())] } },
          select: { id: true, channelId: true },
        });
  const channelOf = new Map(orders.map((o) => [o.id, o.channelId]));
  return [...new Set(options.externalNumbers)].map((key) => ({
    key,
    channel: channelOf.get(orderIds.get(key) ?? "") ?? UNKNOWN_CHANNEL,
  }));
}

/** Each integration's showroom warehouses: warehouse ids are one ERP's own. */
export type TShowrooms = { integrationId: string; warehouseIds: number[] }[];

/** SQL for the point of contact of a rollup row, from its `channel` and `warehouseId` columns. */
export function contactSql(options: { showrooms: TShowrooms; alias: string }): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${options.alias}."${name}"`);
  return Prisma.sql`CASE
    WHEN ${col("channel")} = ${UNKNOWN_CHANNEL} THEN ${CONTACT.unknownChannel}
    WHEN ${col("channel")} <> '' THEN 'channel:' || ${col("channel")}
    WHEN ${showroomSql(options)} THEN ${CONTACT.showroom}
    ELSE ${CONTACT.erp} END`;
}

/**
 * SQL true for a rollup row whose warehouse is a showroom in its own integration's settings. With
 * one integration the rows are all its own, so its list alone decides (as before issue 19).
 */
export function showroomSql(options: { showrooms: TShowrooms; alias: string }): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${options.alias}."${name}"`);
  const [only] = options.showrooms;
  if (options.showrooms.length <= 1) return Prisma.sql`${col("warehouseId")} = ANY(${only?.warehouseIds ?? []}::int[])`;
  const each = options.showrooms.map(
    (s) =>
      Prisma.sql`(${col("integrationId")} = ${s.integrationId}::uuid AND ${col("warehouseId")} = ANY(${s.warehouseIds}::int[]))`,
  );
  return Prisma.sql`(${Prisma.join(each, " OR ")})`;
}
