import { notFound } from "../platform/errors/app-error.ts";
import { isStaff, type TActor } from "../platform/auth/actor.ts";
import { getDb } from "../platform/database/db.ts";
import type { TOrderCaller } from "./order-caller.ts";

export type TStaffCaller = Extract<TOrderCaller, { email: string }>;

/**
 * The signed-in staff member as an order caller: the timeline names them by e-mail. Anyone
 * else gets the same "not found" as for a missing order.
 */
export async function staffCaller(options: { actor: TActor }): Promise<TStaffCaller> {
  const { actor } = options;
  if (!isStaff(actor)) throw notFound("order");
  const user = await getDb().user.findUnique({ where: { id: actor.userId }, select: { email: true } });
  if (!user) throw notFound("user");
  return { actor, email: user.email };
}
