import { getActor } from "@/server/auth/get-actor.ts";
import { subscribe } from "@/server/bus/subscribe.ts";

export const dynamic = "force-dynamic";

const KEEPALIVE_MS = 20_000;

/**
 * Server-sent events for the Agents page: one `data:` line per presence change the caller
 * may see (staff: every agent; client users: their company's). The page re-reads on each.
 */
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Sign in first", { status: 401 });
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      const unsubscribe = subscribe("agent-presence", (event) => {
        if (actor.role === "STAFF" || event.companyId === actor.companyId) {
          send(`data: ${JSON.stringify({ agentId: event.agentId })}\n\n`);
        }
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
