import { errorMessage } from "../log.ts";
import { openSocket } from "./open-socket.ts";

export type TProbe = { ok: true; roundTripMs: number } | { ok: false; status: number | null; message: string };

/**
 * Opens the tunnel's WebSocket (which checks the credential) and closes it before any hello,
 * so checking a machine whose agent service is running does not take over its session.
 */
export function probeTunnel(options: { portalUrl: string; credential: string; timeoutMs: number }): Promise<TProbe> {
  const startedAt = performance.now();
  const ws = openSocket({ ...options, handshakeMs: options.timeoutMs });
  return new Promise((resolve) => {
    ws.on("open", () => {
      resolve({ ok: true, roundTripMs: Math.round(performance.now() - startedAt) });
      ws.close(1000, "status check");
    });
    ws.on("unexpected-response", (_request, response) => {
      const status = response.statusCode ?? null;
      resolve({ ok: false, status, message: `upgrade refused with HTTP ${status}` });
      ws.terminate();
    });
    ws.on("error", (error) => resolve({ ok: false, status: null, message: errorMessage(error) }));
  });
}
