import { getCustomer } from "@/server/channels/channel-api/get-customer.ts";
import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";

export const GET = channelApiHandler(async ({ channel, params, query }) => ({
  body: await getCustomer({ channel, params, query }),
}));
