import type { Prisma } from "../../generated/prisma/client.ts";
import type { TTx } from "../db.ts";
import { uuidV7 } from "../uuid-v7.ts";

/** Who acted: the channel (its API key), a staff member, the ERP, or the portal itself. */
export type TOrderActor = "channel" | "erp" | "system" | `staff:${string}`;

/** Adds a line to an order's timeline, in the caller's transaction. */
export async function addOrderEvent(options: {
  tx: TTx;
  order: { id: string; companyId: string };
  type: string;
  message: string;
  actor: TOrderActor;
  data?: Prisma.InputJsonValue;
}): Promise<void> {
  await options.tx.orderEvent.create({
    data: {
      id: uuidV7(),
      orderId: options.order.id,
      companyId: options.order.companyId,
      type: options.type,
      message: options.message,
      actor: options.actor,
      ...(options.data !== undefined && { data: options.data }),
    },
  });
}
