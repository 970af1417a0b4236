import { z } from "zod";
import { ZOrderView } from "./orders.ts";
import { ZChannelStockItem } from "./resources.ts";

export const STOCK_CHANGED_EVENT = "stock.changed";

/** The body of a stock webhook: the same items GET /api/v1/stock returns for those products. */
export const ZStockChangedEvent = z.object({
  type: z.literal(STOCK_CHANGED_EVENT),
  channelId: z.uuid(),
  items: z.array(ZChannelStockItem),
});
export type TStockChangedEvent = z.infer<typeof ZStockChangedEvent>;

export const ORDER_UPDATED_EVENT = "order.updated";

/** The body of an order webhook: the order as GET /api/v1/orders/{id} returns it, after any change. */
export const ZOrderUpdatedEvent = z.object({
  type: z.literal(ORDER_UPDATED_EVENT),
  channelId: z.uuid(),
  order: ZOrderView,
});
export type TOrderUpdatedEvent = z.infer<typeof ZOrderUpdatedEvent>;
