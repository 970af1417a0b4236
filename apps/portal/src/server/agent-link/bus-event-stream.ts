import type { TBusChannel, TBusEvent } from "./bus-channels.ts";
import { subscribe } from "./subscribe.ts";

const KEEPALIVE_MS = 20_000;

/**
 * Server-sent events from one bus channel: a `data:` line per event `pick` lets through (with
 * what it returns), a comment every 20 s so proxies keep the stream open, and the subscription
 * dropped when the browser goes away.
 */
export function busEventStream<C extends TBusChannel>(options: {
  request: Request;
  channel: C;
  pick: (event: TBusEvent<C>) => unknown;
}): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      const unsubscribe = subscribe(options.channel, (event) => {
        const data = options.pick(event);
        if (data !== undefined) send(`data: ${JSON.stringify(data)}\n\n`);
      });
      const keepalive = setInterval(() => send(": keepalive\n\n"), KEEPALIVE_MS);
      cleanup = () => {
        clearInterval(keepalive);
        unsubscribe();
      };
      options.request.signal.addEventListener("abort", () => {
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
