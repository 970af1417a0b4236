import { AgentProcess } from "./agent-process.ts";
import { freePort } from "./free-port.ts";

/** Starts a hub-and-sync-engine portal process on `port` (a free one if not given). */
export async function startPortalWorker(options: { port?: number } = {}) {
  const port = options.port ?? (await freePort());
  const worker = new AgentProcess({
    entry: "test/support/portal-worker-main.ts",
    args: [],
    env: {
      DATABASE_URL: process.env.DATABASE_URL,
      AUTH_SECRET: process.env.AUTH_SECRET,
      SECRETS_KEY: process.env.SECRETS_KEY,
      DATABASE_POOL_SIZE: "4",
      PORT: String(port),
    },
  });
  await worker.waitFor((log) => log.msg === "worker ready", 30_000);
  return { worker, port, url: `http://127.0.0.1:${port}` };
}
