import { buildOpenApiDocument } from "@/server/channels/channel-api/build-openapi-document.ts";
import { publicApiHandler } from "@/server/platform/http/public-api-handler.ts";

// Public: a channel's developers read it before they have a key.
export const GET = publicApiHandler(async () => ({ body: buildOpenApiDocument() }));
