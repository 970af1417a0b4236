import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { ZSferaHealth } from "@erp-bridge/shared";
import { listAgents } from "../../../apps/portal/src/server/admin/agents/list-agents.ts";
import { checkSfera } from "../../../apps/portal/src/server/erp-data/setup/check-sfera.ts";
import { eventually } from "../../support/eventually.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";
import {
  callApi,
  erpDocumentsOf,
  orderOf,
  orderWhen,
  sampleOrder,
  startOrderWorld,
  type TOrderWorld,
} from "../orders/orders-fixture.ts";

const ZK = 16;
const PA = 21;
const MM = 9;

/**
 * The portal's order flow with the integration set to issue every document through Sfera: the
 * channel API, the order engine, the real agent, its supervisor and the emulated bridge.
 */
let world: TOrderWorld;
beforeAll(async () => {
  world = await startOrderWorld({ sfera: true });
}, 120_000);
afterAll(async () => {
  await world?.close();
});

const pay = (id: string, reference: string) =>
  callApi({
    method: "POST",
    route: "orders/[id]/payments",
    key: world.key,
    params: { id },
    body: { amount: 124.59, method: "payu", paidAt: new Date().toISOString(), reference },
  });

describe("orders through the Sfera writer, chosen in the integration settings", () => {
  it("a receipt order: the ZK and, once paid, the PA, each once, and the agent reports Sfera's health", async () => {
    const posted = await callApi({ method: "POST", route: "orders", key: world.key, body: await sampleOrder(world) });
    const { id } = orderOf(posted.body);
    await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
    await pay(id, "S-1");
    const sold = await orderWhen(world, id, (o) => o.erp.saleDocument !== null);
    expect(sold.erp.saleDocument?.type).toBe("PA");
    const documents = await erpDocumentsOf(world, id);
    expect(documents.map((d) => d.dok_Typ).sort((a, b) => a - b)).toEqual([ZK, PA]);
    const commands = await getDb().agentCommand.findMany({ where: { agentId: world.agent.agentId } });
    const writes = commands.filter((c) => c.name.startsWith("erp.order."));
    expect(writes.map((c) => (c.input as { writer?: string }).writer)).toEqual(writes.map(() => "sfera"));
    const health = await eventually(
      async () => {
        const agent = await getDb().agent.findUniqueOrThrow({ where: { id: world.agent.agentId } });
        const parsed = ZSferaHealth.safeParse(agent.sferaHealth);
        return parsed.success && parsed.data.lastSaveAt !== null ? parsed.data : undefined;
      },
      { what: "the agent's status reporting a Sfera save", timeoutMs: 60_000 },
    );
    expect(health).toMatchObject({ state: "ready", operator: "Integracja", subiektVersion: "emulated" });
  }, 120_000);

  it("click-and-collect: the MM is issued through Sfera once, though the bridge died right after saving it", async () => {
    const posted = await callApi({
      method: "POST",
      route: "orders",
      key: world.key,
      body: await sampleOrder(world, { deliveryMethod: "pickup" }),
    });
    const { id } = orderOf(posted.body);
    await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
    writeFileSync(world.faults ?? "", JSON.stringify({ "transfer.create": "exit-after-write" }));
    const moved = await callApi({
      method: "POST",
      route: "orders/[id]/status",
      key: world.key,
      params: { id },
      body: { status: "sent_to_showroom" },
    });
    expect(moved.status).toBeLessThan(300);
    await orderWhen(world, id, (o) => o.erp.transferNumber !== null, 60_000);
    const documents = await erpDocumentsOf(world, id);
    expect(documents.filter((d) => d.dok_Typ === MM)).toHaveLength(1);
    const order = await getDb().order.findUniqueOrThrow({ where: { id } });
    expect(order.erpState).not.toBe("FAILED");
  }, 120_000);

  it("staff run agent sfera-check from the portal: the agent's Sfera session reads a product and a customer, and the result is kept", async () => {
    writeFileSync(world.faults ?? "", JSON.stringify({}));
    const [product, customer] = await Promise.all([
      world.sandbox.db
        .selectFrom("tw__Towar")
        .select("tw_Symbol")
        .where("tw_Rodzaj", "=", 1)
        .where("tw_Usuniety", "=", false)
        .orderBy("tw_Id")
        .executeTakeFirstOrThrow(),
      world.sandbox.db.selectFrom("kh__Kontrahent").select("kh_Symbol").orderBy("kh_Id").executeTakeFirstOrThrow(),
    ]);
    const check = await checkSfera({
      actor: STAFF_ACTOR,
      companyId: world.agent.companyId,
      agentId: world.agent.agentId,
    });
    expect(check).toMatchObject({ configured: true, ok: true });
    expect(check.lines).toEqual([
      "session:  open as operator Integracja, Subiekt emulated",
      expect.stringMatching(new RegExp(`^product:  ${product.tw_Symbol} "`)),
      expect.stringMatching(new RegExp(`^customer: ${customer.kh_Symbol} "`)),
      "verdict:  Sfera is ready; nothing was saved",
    ]);
    // Kept for the wizard's documents step and the specification, with what the agent writes to.
    const [agent] = await listAgents({ actor: STAFF_ACTOR, companyId: world.agent.companyId });
    expect(agent?.sferaChecks).toEqual({ default: check });
    expect(agent?.erpServer).toBe("sandbox");
    // The writer's session stays open: an order still goes through Sfera afterwards.
    const health = await eventually(
      async () => {
        const row = await getDb().agent.findUniqueOrThrow({ where: { id: world.agent.agentId } });
        const parsed = ZSferaHealth.safeParse(row.sferaHealth);
        return parsed.success && parsed.data.state === "ready" ? parsed.data : undefined;
      },
      { what: "the Sfera session still ready" },
    );
    expect(health.restarts).toBe(0);
  }, 120_000);
});
