import { getCustomer } from "@/server/channel-api/get-customer.ts";
import { channelApiHandler } from "@/server/http/channel-api-handler.ts";

export const GET = channelApiHandler(async ({ channel, params, query }) => ({
  body: await getCustomer({ channel, params, query }),
}));
