import { z } from "zod";
import { getActor } from "@/server/auth/get-actor.ts";
import { subscribe } from "@/server/bus/subscribe.ts";

export const dynamic = "force-dynamic";

const KEEPALIVE_MS = 20_000;

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
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      const unsubscribe = subscribe("sync-progress", (event) => {
        if (companyId === null || event.companyId === companyId) send(`data: ${JSON.stringify(event)}\n\n`);
      });
      // Proxies close idle streams; a comment line every so often keeps this one open.
      const keepalive = setInterval(() => send(": keepalive\n\n"), KEEPALIVE_MS);
      cleanup = () => {
        clearInterval(keepalive);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        controller.close();
      });
      send(": connected\n\n");
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
    },
  });
}
