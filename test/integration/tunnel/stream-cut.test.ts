import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awaitCommand } from "../../../apps/portal/src/server/agent-link/await-command.ts";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { uniqueSuffix } from "../../support/factories.ts";
import { startTcpProxy } from "../../support/tcp-proxy.ts";
import { enrolledAgent, startHub } from "../../support/tunnel-harness.ts";

let hub: Awaited<ReturnType<typeof startHub>>;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(async () => hub.close());

describe("a streamed result over a line that breaks", () => {
  it("resumes after the TCP connection is cut mid-stream, with every page stored exactly once", async () => {
    const proxy = await startTcpProxy({ targetPort: hub.port });
    const agent = await enrolledAgent({ portalUrl: proxy.url });
    try {
      const running = agent.run();
      await running.waitFor((log) => log.msg === "connected");
      const pages = 300;
      const command = await enqueueCommand({
        companyId: agent.companyId,
        name: "diagnostics.stream",
        input: { pages, pageBytes: 32 * 1024 },
        idempotencyKey: `stream-${uniqueSuffix()}`,
        timeoutMs: 60_000,
      });
      const storedPages = async () =>
        (await getDb().agentCommand.findUniqueOrThrow({ where: { id: command.id } })).pages;
      await expect.poll(storedPages, { timeout: 20_000, interval: 20 }).toBeGreaterThan(20);
      expect(proxy.cut()).toBe(1);

      const finished = await awaitCommand({ commandId: command.id, timeoutMs: 60_000 });
      expect(finished.status).toBe("SUCCEEDED");
      expect(finished.deliveries).toBeGreaterThanOrEqual(2);
      expect(finished.pages).toBe(pages);
      const rows = await getDb().agentResultPage.findMany({ where: { commandId: command.id }, select: { seq: true } });
      expect(rows.map((r) => r.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: pages }, (_, i) => i));
      expect(running.logs.filter((l) => l.msg === "connected").length).toBeGreaterThanOrEqual(2);
    } finally {
      await agent.cleanup();
      await proxy.close();
    }
  });
});
