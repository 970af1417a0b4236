import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { AppError } from "../errors/app-error.ts";
import type { TActor } from "../auth/actor.ts";
import { getActor } from "../auth/get-actor.ts";
import { errorResponse } from "./error-response.ts";

type TContext<P> = { actor: TActor; request: Request; params: P };

/**
 * Wraps a signed-in API route: 401 when signed out, AppError codes mapped to HTTP status,
 * every answer tagged with a request id that also appears in the server log.
 */
export function apiHandler<P>(handler: (ctx: TContext<P>) => Promise<{ status?: number; body: unknown }>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<NextResponse> => {
    const requestId = randomUUID();
    try {
      const actor = await getActor();
      if (!actor) throw new AppError({ code: "UNAUTHORIZED", message: "signed out", userMessage: "Sign in first" });
      const result = await handler({ actor, request, params: await context.params });
      return NextResponse.json(result.body, { status: result.status ?? 200, headers: { "x-request-id": requestId } });
    } catch (error) {
      return errorResponse({ error, requestId });
    }
  };
}
