import { listPrices } from "@/server/channels/channel-api/list-prices.ts";
import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";

export const GET = channelApiHandler(async ({ channel, query }) => ({ body: await listPrices({ channel, query }) }));
