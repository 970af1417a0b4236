import { listProducts } from "@/server/channel-api/list-products.ts";
import { channelApiHandler } from "@/server/http/channel-api-handler.ts";

export const GET = channelApiHandler(async ({ channel, query }) => ({ body: await listProducts({ channel, query }) }));
