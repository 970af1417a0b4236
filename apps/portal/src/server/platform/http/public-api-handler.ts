import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { CLIENT_ADDRESS_HEADER } from "../auth/client-address.ts";
import { errorResponse } from "./error-response.ts";

type TPublicContext = { request: Request; clientAddress: string; requestId: string };

/**
 * Wraps a route that needs no signed-in user (the caller proves itself otherwise, e.g. with
 * an enrollment code): same error shape and request id as apiHandler.
 */
export function publicApiHandler(handler: (ctx: TPublicContext) => Promise<{ status?: number; body: unknown }>) {
  return async (request: Request): Promise<NextResponse> => {
    const requestId = randomUUID();
    try {
      const clientAddress = request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
      const result = await handler({ request, clientAddress, requestId });
      return NextResponse.json(result.body, { status: result.status ?? 200, headers: { "x-request-id": requestId } });
    } catch (error) {
      return errorResponse({ error, requestId });
    }
  };
}
