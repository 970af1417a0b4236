import { listPrices } from "@/server/channel-api/list-prices.ts";
import { channelApiHandler } from "@/server/http/channel-api-handler.ts";

export const GET = channelApiHandler(async ({ channel, query }) => ({ body: await listPrices({ channel, query }) }));
