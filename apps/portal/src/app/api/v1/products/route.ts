import { listProducts } from "@/server/channels/channel-api/list-products.ts";
import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";

export const GET = channelApiHandler(async ({ channel, query }) => ({ body: await listProducts({ channel, query }) }));
