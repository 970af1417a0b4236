import { z } from "zod";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { busEventStream } from "@/server/agent-link/bus-event-stream.ts";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for the sync pages (staff only): one `data:` line per step or end of a
 * run, of the company in `?companyId=` or, without it, of every company. Pages re-read on each.
 */
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Sign in first", { status: 401 });
  if (actor.role !== "STAFF") return new Response("Not found", { status: 404 });
  const companyId = new URL(request.url).searchParams.get("companyId");
  if (companyId !== null && !z.uuid().safeParse(companyId).success) {
    return new Response("companyId must be a UUID", { status: 400 });
  }
  return busEventStream({
    request,
    channel: "sync-progress",
    pick: (event) => (companyId === null || event.companyId === companyId ? event : undefined),
  });
}
