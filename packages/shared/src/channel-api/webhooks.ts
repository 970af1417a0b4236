import { z } from "zod";
import { ZChannelStockItem } from "./resources.ts";

export const STOCK_CHANGED_EVENT = "stock.changed";

/** The body of a stock webhook: the same items GET /api/v1/stock returns for those products. */
export const ZStockChangedEvent = z.object({
  type: z.literal(STOCK_CHANGED_EVENT),
  channelId: z.uuid(),
  items: z.array(ZChannelStockItem),
});
export type TStockChangedEvent = z.infer<typeof ZStockChangedEvent>;
