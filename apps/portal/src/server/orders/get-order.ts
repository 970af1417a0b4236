import { getDb } from "../platform/database/db.ts";
import { checkOrderAccess, type TOrderCaller } from "./order-caller.ts";
import { ORDER_INCLUDE, toOrderView } from "./order-view.ts";

/** One order with its ERP numbers and timeline, for the channel it came from or for staff. */
export async function getOrder(options: { caller: TOrderCaller; orderId: string }) {
  const db = getDb();
  await checkOrderAccess({ tx: db, caller: options.caller, orderId: options.orderId });
  return toOrderView(await db.order.findUniqueOrThrow({ where: { id: options.orderId }, include: ORDER_INCLUDE }));
}
