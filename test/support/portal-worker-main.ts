/**
 * A portal process without Next: the agent hub, the sync and order engines on one port, as
 * start-portal runs them. Tests start several, or kill one mid-run, to check that work is
 * shared and resumed. Reads DATABASE_URL, AUTH_SECRET and PORT from the environment.
 */
import http from "node:http";

const { attachAgentHub } = await import("../../apps/portal/src/server/agent-link/attach-agent-hub.ts");
const { startSyncEngine } = await import("../../apps/portal/src/server/boot/engines/start-sync-engine.ts");
const { startOrderEngine } = await import("../../apps/portal/src/server/boot/engines/start-order-engine.ts");

const server = http.createServer((_req, res) => res.writeHead(404).end());
await attachAgentHub({ server });
await startSyncEngine();
await startOrderEngine();
const port = Number(process.env.PORT ?? 0);
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  console.log(
    JSON.stringify({ level: "info", msg: "worker ready", port: typeof address === "object" ? address?.port : 0 }),
  );
});
