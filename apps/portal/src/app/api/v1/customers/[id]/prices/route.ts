import { listCustomerPrices } from "@/server/channels/channel-api/list-customer-prices.ts";
import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";

export const GET = channelApiHandler(async ({ channel, params, query }) => ({
  body: await listCustomerPrices({ channel, params, query }),
}));
