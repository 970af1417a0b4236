import { z } from "zod";
import { notFound } from "../platform/errors/app-error.ts";
import type { TActor } from "../platform/auth/actor.ts";
import { requireStaff } from "../platform/auth/company-scope.ts";
import { getDb } from "../platform/database/db.ts";

/**
 * A value that changes whenever the order does: its row (status, ERP state and numbers,
 * payments) or its timeline (every other change adds a line). An open order page polls this
 * and re-reads the whole order only when it moved.
 */
export async function getOrderVersion(options: { actor: TActor; orderId: string }): Promise<string> {
  requireStaff(options.actor);
  if (!z.uuid().safeParse(options.orderId).success) throw notFound("order");
  const order = await getDb().order.findUnique({
    where: { id: options.orderId },
    select: { updatedAt: true, _count: { select: { events: true } } },
  });
  if (!order) throw notFound("order");
  return `${order.updatedAt.getTime()}:${order._count.events}`;
}
