import { listStock } from "@/server/channels/channel-api/list-stock.ts";
import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";

export const GET = channelApiHandler(async ({ channel, query }) => ({ body: await listStock({ channel, query }) }));
