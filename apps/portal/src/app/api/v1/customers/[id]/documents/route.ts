import { listCustomerDocuments } from "@/server/channels/channel-api/list-customer-documents.ts";
import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";

export const GET = channelApiHandler(async ({ channel, params, query }) => ({
  body: await listCustomerDocuments({ channel, params, query }),
}));
