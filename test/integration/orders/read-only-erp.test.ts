import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChannel } from "../../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { saveIntegration } from "../../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { acceptOrder } from "../../../apps/portal/src/server/orders/accept-order.ts";
import { advanceOrder } from "../../../apps/portal/src/server/orders/advance-order.ts";
import { listOrders } from "../../../apps/portal/src/server/orders/list-orders.ts";
import { getDb, runTransaction } from "../../../apps/portal/src/server/platform/database/db.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { eventually } from "../../support/eventually.ts";
import { STAFF_ACTOR, uniqueSuffix } from "../../support/factories.ts";
import { enrolledAgent, startHub } from "../../support/tunnel-harness.ts";
import { upsertProduct } from "../channel-api/channel-fixture.ts";
import { createOptimaSandbox } from "../optima-reads/optima-fixture.ts";

/** Settings under which a Subiekt GT order would be written: a store warehouse and the courier mapped. */
const WRITABLE = {
  ...DEFAULT_SETTINGS,
  warehouses: [{ erpId: 1, role: "store" as const }],
  deliveryMethods: [{ channelCode: "courier", kind: "courier" as const, showroomWarehouseId: null }],
};

const ORDER = {
  buyer: { name: "Jan", email: "jan@example.pl", address: { street: "A 1", postalCode: "00-001", city: "W" } },
  lines: [{ product: { sku: "A-1" }, quantity: 1, unitGross: 10, vatRate: 23 }],
  deliveryMethod: "courier",
  paymentMethod: "card",
  document: "receipt",
  totalGross: 10,
};

let hub: Awaited<ReturnType<typeof startHub>>;
let optima: Awaited<ReturnType<typeof createOptimaSandbox>>;
let agent: Awaited<ReturnType<typeof enrolledAgent>>;

/** A real agent whose two connections ("partner", "branch") are both Comarch ERP Optima databases. */
beforeAll(async () => {
  [hub, optima] = await Promise.all([startHub(), createOptimaSandbox()]);
  agent = await enrolledAgent({
    portalUrl: hub.url,
    connections: [
      { key: "partner", erpType: "optima", erpUrl: optima.url },
      { key: "branch", erpType: "optima", erpUrl: optima.url },
    ],
  });
  await agent.run().waitFor((log) => log.msg === "connected");
  await eventually(
    async () => {
      const row = await getDb().agent.findUnique({ where: { id: agent.agentId } });
      return JSON.stringify(row?.erpConnections ?? null).includes('"branch"') || undefined;
    },
    { what: "the agent's hello listing its connections" },
  );
}, 120_000);
afterAll(async () => {
  await agent?.cleanup();
  await hub?.close();
  await optima?.drop();
});

/** Order commands queued for the agent: none may ever be, for an Optima connection. */
const orderCommands = () =>
  getDb().agentCommand.count({ where: { agentId: agent.agentId, name: { startsWith: "erp.order." } } });

/** The order as the error queue lists it. */
async function inErrorQueue(orderId: string) {
  const queue = await listOrders({ actor: STAFF_ACTOR, filters: { companyId: agent.companyId, errorQueue: true } });
  return queue.find((o) => o.id === orderId);
}

describe("an order whose integration is read-only when its ZK is due", () => {
  it("waiting for its agent when staff point the integration at an Optima connection: refused, named, never sent", async () => {
    const { companyId } = agent;
    // Head office's integration has no agent yet: its order is taken and waits for one.
    const head = await saveIntegration({
      actor: STAFF_ACTOR,
      companyId,
      input: { agentId: null, name: "Centrala", settings: DEFAULT_SETTINGS, expectedVersion: 0 },
    });
    // Settings that would let a Subiekt GT order through: only the ERP behind the connection stands in the way.
    await getDb().integration.update({ where: { id: head.id }, data: { settings: WRITABLE } });
    await upsertProduct({ companyId, integrationId: head.id, erpId: 1, sku: "A-1" });
    const { channel } = await createChannel({
      actor: STAFF_ACTOR,
      companyId,
      input: { name: `Sklep ${uniqueSuffix()}`, kind: "STORE", integrationId: head.id },
    });
    const { order } = await acceptOrder({
      channel: { ...channel, companyId, erpType: "SUBIEKT_GT" },
      input: { ...ORDER, externalId: `A-${uniqueSuffix()}` },
    });
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).lastErrorCode).toBe("noAgent");
    // Staff give it the agent, on the connection that is in fact the partner's Optima database.
    const version = (await getDb().integration.findUniqueOrThrow({ where: { id: head.id } })).version;
    await saveIntegration({
      actor: STAFF_ACTOR,
      companyId,
      integrationId: head.id,
      input: {
        agentId: agent.agentId,
        agentConnection: "partner",
        settings: DEFAULT_SETTINGS,
        expectedVersion: version,
      },
    });
    await getDb().integration.update({ where: { id: head.id }, data: { settings: WRITABLE } });
    await getDb().order.update({ where: { id: order.id }, data: { nextAttemptAt: null } });
    await runTransaction((tx) => advanceOrder({ tx, orderId: order.id }));

    const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id }, include: { events: true } });
    expect(stored).toMatchObject({
      integrationId: head.id,
      erpState: "FAILED",
      erpCommandId: null,
      lastErrorCode: "erpReadOnly",
      lastErrorParams: { integration: "Centrala" },
    });
    expect(stored.lastError).toMatch(/^The integration “Centrala” is read-only \(Comarch ERP Optima\)/);
    expect(stored.events.map((e) => e.type)).toContain("erp_failed");
    expect((await inErrorQueue(order.id))?.lastErrorCode).toBe("erpReadOnly");
    expect(await orderCommands()).toBe(0);
    // Retried by staff, it is refused again and still sends nothing.
    await getDb().order.update({ where: { id: order.id }, data: { erpState: "PENDING" } });
    await runTransaction((tx) => advanceOrder({ tx, orderId: order.id }));
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).erpState).toBe("FAILED");
    expect(await orderCommands()).toBe(0);
  });

  it("a Subiekt GT integration on a connection the agent reports as Optima: refused at intake, never sent", async () => {
    const { companyId } = agent;
    const head = await saveIntegration({
      actor: STAFF_ACTOR,
      companyId,
      input: {
        agentId: agent.agentId,
        agentConnection: "branch",
        name: "Oddział",
        erpType: "SUBIEKT_GT",
        settings: DEFAULT_SETTINGS,
        expectedVersion: 0,
      },
    });
    await getDb().integration.update({ where: { id: head.id }, data: { settings: WRITABLE } });
    await upsertProduct({ companyId, integrationId: head.id, erpId: 1, sku: "A-1" });
    const { channel } = await createChannel({
      actor: STAFF_ACTOR,
      companyId,
      input: { name: `Sklep ${uniqueSuffix()}`, kind: "STORE", integrationId: head.id },
    });
    const { order } = await acceptOrder({
      channel: { ...channel, companyId, erpType: "SUBIEKT_GT" },
      input: { ...ORDER, externalId: `B-${uniqueSuffix()}` },
    });
    expect(order.erp).toMatchObject({ state: "failed", errorCode: "erpReadOnly" });
    const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored).toMatchObject({ lastErrorCode: "erpReadOnly", lastErrorParams: { integration: "Oddział" } });
    expect((await inErrorQueue(order.id))?.lastErrorCode).toBe("erpReadOnly");
    expect(await orderCommands()).toBe(0);
  });
});
