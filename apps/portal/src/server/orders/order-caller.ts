import { z } from "zod";
import type { TApiChannel } from "../platform/auth/api-channel.ts";
import { notFound } from "../platform/errors/app-error.ts";
import type { TActor } from "../platform/auth/actor.ts";
import type { TTx } from "../platform/database/db.ts";
import type { TOrderActor } from "./order-events.ts";

/** Who acts on an order: the channel it came from (by API key), or staff (any company). */
export type TOrderCaller = { channel: TApiChannel } | { actor: TActor & { role: "STAFF" }; email: string };

/**
 * Checks the caller may touch the order, in the caller's transaction. A channel sees only its
 * own orders; anything else, like a malformed id, is "not found".
 */
export async function checkOrderAccess(options: { tx: TTx; caller: TOrderCaller; orderId: string }): Promise<void> {
  if (!z.uuid().safeParse(options.orderId).success) throw notFound("order");
  const where =
    "channel" in options.caller
      ? { id: options.orderId, channelId: options.caller.channel.id, companyId: options.caller.channel.companyId }
      : { id: options.orderId };
  const found = await options.tx.order.findFirst({ where, select: { id: true } });
  if (!found) throw notFound("order");
}

export function actorOf(caller: TOrderCaller): TOrderActor {
  return "channel" in caller ? "channel" : `staff:${caller.email}`;
}
