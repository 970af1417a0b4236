import { z } from "zod";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { busEventStream } from "@/server/agent-link/bus-event-stream.ts";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for pages showing agents: one `data:` line per presence change the caller
 * may see (staff: every agent, or one company's with `?companyId=`; client users: their
 * company's). The page re-reads on each.
 */
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Sign in first", { status: 401 });
  const companyId = new URL(request.url).searchParams.get("companyId");
  if (companyId !== null && !z.uuid().safeParse(companyId).success) {
    return new Response("companyId must be a UUID", { status: 400 });
  }
  const visible = (eventCompanyId: string) =>
    (actor.role === "STAFF" || eventCompanyId === actor.companyId) &&
    (companyId === null || eventCompanyId === companyId);
  return busEventStream({
    request,
    channel: "agent-presence",
    pick: (event) => (visible(event.companyId) ? { agentId: event.agentId } : undefined),
  });
}
