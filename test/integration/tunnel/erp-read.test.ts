import { ZProduct } from "@erp-bridge/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { awaitCommand } from "../../../apps/portal/src/server/agent-link/await-command.ts";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { readResultPages } from "../../../apps/portal/src/server/agent-link/read-result-pages.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { uniqueSuffix } from "../../support/factories.ts";
import { enrolledAgent, startHub } from "../../support/tunnel-harness.ts";

const ZPage = z.object({ rows: z.array(ZProduct), cursor: z.string().nullable() });
const ZResult = z.object({ rows: z.number(), cursor: z.string().nullable(), done: z.boolean() });

let hub: Awaited<ReturnType<typeof startHub>>;
let sandbox: Awaited<ReturnType<typeof createSandbox>>;
beforeAll(async () => {
  [hub, sandbox] = await Promise.all([startHub(), createSandbox({ size: SMALL_SANDBOX })]);
});
afterAll(async () => {
  await hub.close();
  await sandbox.drop();
});

/** One erp.read through the whole path: outbox, hub, the agent process, the connector, the sandbox. */
async function readProducts(agent: { companyId: string }, cursor: string | null) {
  const command = await enqueueCommand({
    companyId: agent.companyId,
    name: "erp.read",
    input: { resource: "products", cursor, pageSize: 100, maxPages: 1000 },
    idempotencyKey: `read-${uniqueSuffix()}`,
  });
  const finished = await awaitCommand({ commandId: command.id, timeoutMs: 30_000 });
  expect(finished.status, finished.errorMessage ?? "").toBe("SUCCEEDED");
  const { pages } = await readResultPages({ companyId: agent.companyId, commandId: command.id, limit: 1000 });
  const rows = pages.flatMap((page) => ZPage.parse(page.data).rows);
  return { rows, result: ZResult.parse(finished.result) };
}

describe("erp.read: the connector's pages through the tunnel", () => {
  it("reads every product of the ERP, then only the one that changed", async () => {
    const agent = await enrolledAgent({ portalUrl: hub.url, erpUrl: sandbox.url });
    try {
      await agent.run().waitFor((log) => log.msg === "connected");
      const full = await readProducts(agent, null);
      expect(full.result).toMatchObject({ rows: SMALL_SANDBOX.products, done: true });
      expect(new Set(full.rows.map((p) => p.id)).size).toBe(SMALL_SANDBOX.products);

      await sandbox.db.updateTable("tw__Towar").set({ tw_Nazwa: "Po zmianie" }).where("tw_Id", "=", 7).execute();
      await sandbox.db
        .insertInto("tw_ZmianaTw")
        .values({ twz_TowarId: 7, twz_NrZmiany: 99, twz_CzasModyf: new Date() })
        .execute();
      const next = await readProducts(agent, full.result.cursor);
      expect(next.rows.map((p) => [p.id, p.name])).toEqual([[7, "Po zmianie"]]);
    } finally {
      await agent.cleanup();
    }
  });

  it("an agent without an ERP says so instead of returning nothing", async () => {
    const agent = await enrolledAgent({ portalUrl: hub.url });
    try {
      await agent.run().waitFor((log) => log.msg === "connected");
      const command = await enqueueCommand({
        companyId: agent.companyId,
        name: "erp.read",
        input: { resource: "stock", cursor: null, pageSize: 100, maxPages: 10 },
        idempotencyKey: `read-${uniqueSuffix()}`,
      });
      const finished = await awaitCommand({ commandId: command.id, timeoutMs: 30_000 });
      expect({ status: finished.status, code: finished.errorCode }).toEqual({
        status: "FAILED",
        code: "ERP_UNAVAILABLE",
      });
    } finally {
      await agent.cleanup();
    }
  });
});
