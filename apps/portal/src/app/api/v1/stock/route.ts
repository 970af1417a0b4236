import { listStock } from "@/server/channel-api/list-stock.ts";
import { channelApiHandler } from "@/server/http/channel-api-handler.ts";

export const GET = channelApiHandler(async ({ channel, query }) => ({ body: await listStock({ channel, query }) }));
