import { listCustomerPriceChanges } from "@/server/channels/channel-api/list-customer-price-changes.ts";
import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";

export const GET = channelApiHandler(async ({ channel, query }) => ({
  body: await listCustomerPriceChanges({ channel, query }),
}));
