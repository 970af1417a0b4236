import { getActor } from "@/server/auth/get-actor.ts";
import { busEventStream } from "@/server/http/bus-event-stream.ts";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for the Agents page: one `data:` line per presence change the caller
 * may see (staff: every agent; client users: their company's). The page re-reads on each.
 */
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Sign in first", { status: 401 });
  return busEventStream({
    request,
    channel: "agent-presence",
    pick: (event) =>
      actor.role === "STAFF" || event.companyId === actor.companyId ? { agentId: event.agentId } : undefined,
  });
}
