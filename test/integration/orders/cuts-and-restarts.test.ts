import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeChannelWithKey } from "../channel-api/channel-fixture.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { configureIntegration, finishedRun } from "../sync/sync-fixture.ts";
import { eventually } from "../../support/eventually.ts";
import { startPortalWorker } from "../../support/portal-worker.ts";
import { enrolledAgent } from "../../support/tunnel-harness.ts";
import { callApi, erpDocumentsOf, orderOf, sampleOrder, type TOrderWorld } from "./orders-fixture.ts";

const ZK = 16;
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
}, 60_000);

describe("orders: the line or the portal going away mid-order", () => {
  it("the portal process killed right after accepting an order: the one started in its place sends it", async () => {
    const sandbox = await createSandbox({ size: SMALL_SANDBOX });
    cleanups.push(() => sandbox.drop());
    const first = await startPortalWorker();
    cleanups.push(() => first.worker.stop("SIGKILL"));
    const agent = await enrolledAgent({ portalUrl: first.url, erpUrl: sandbox.url });
    cleanups.push(() => agent.cleanup());
    const running = agent.run();
    await running.waitFor((log) => log.msg === "connected");
    const [store] = await sandbox.db.selectFrom("sl_Magazyn").select("mag_Id").orderBy("mag_Id").execute();
    if (!store) throw new Error("a warehouse");
    const since = new Date();
    await configureIntegration({
      companyId: agent.companyId,
      agentId: agent.agentId,
      settings: {
        warehouses: [{ erpId: store.mag_Id, role: "store" }],
        deliveryMethods: [{ channelCode: "courier", kind: "courier", showroomWarehouseId: null }],
      },
    });
    await finishedRun({ companyId: agent.companyId, group: "PRODUCTS", since });
    const { key } = await makeChannelWithKey({ companyId: agent.companyId });
    const world = { key, sandbox } as unknown as TOrderWorld;

    // The agent away, so the order is certainly still waiting when its portal process dies.
    await running.stop("SIGKILL");
    const answer = await callApi({ method: "POST", route: "orders", key, body: await sampleOrder(world) });
    expect(answer.status).toBe(201);
    const { id } = orderOf(answer.body);
    await first.worker.stop("SIGKILL");
    const second = await startPortalWorker({ port: first.port });
    cleanups.push(() => second.worker.stop("SIGKILL"));
    await agent.run().waitFor((log) => log.msg === "connected");

    const accepted = await eventually(
      async () => {
        const order = await getDb().order.findUniqueOrThrow({ where: { id } });
        return order.erpOrderNumber ? order : undefined;
      },
      { what: "the ZK number on the order", timeoutMs: 60_000 },
    );
    expect(accepted.status).toBe("accepted");
    expect((await erpDocumentsOf(world, id)).filter((d) => d.dok_Typ === ZK)).toHaveLength(1);
  }, 150_000);
});
