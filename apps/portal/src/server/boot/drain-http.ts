import type http from "node:http";

/**
 * Keeps count of the requests a server is answering, so that stopping can wait for them.
 * Live-update streams (server-sent events) never end by themselves and are not waited for.
 */
export function trackRequests(server: http.Server) {
  const open = new Set<http.ServerResponse>();
  server.on("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
    open.add(res);
    res.once("close", () => open.delete(res));
  });
  const isStream = (res: http.ServerResponse) =>
    String(res.getHeader("content-type") ?? "").startsWith("text/event-stream");
  const inFlight = () => [...open].filter((res) => !isStream(res)).length;

  return {
    inFlight,
    /**
     * Stops accepting connections, lets the requests in flight finish (up to `deadline`, epoch
     * ms), then closes every connection left (idle keep-alives, streams, what overran).
     */
    async drain(options: { deadline: number }): Promise<{ unfinished: number }> {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      while (inFlight() > 0 && Date.now() < options.deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const unfinished = inFlight();
      server.closeAllConnections();
      await closed;
      return { unfinished };
    },
  };
}
