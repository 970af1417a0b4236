import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChannel } from "../../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { saveIntegration } from "../../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { acceptOrder } from "../../../apps/portal/src/server/orders/accept-order.ts";
import { advanceOrder } from "../../../apps/portal/src/server/orders/advance-order.ts";
import { listOrders } from "../../../apps/portal/src/server/orders/list-orders.ts";
import { getDb, runTransaction } from "../../../apps/portal/src/server/platform/database/db.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { failureOf } from "../../support/failure-of.ts";
import { STAFF_ACTOR, uniqueSuffix } from "../../support/factories.ts";
import { startTwoErpAgent, type TTwoErpAgent } from "../../support/two-erp-agent.ts";
import { ONE_LINE_ORDER, upsertProduct } from "../channel-api/channel-fixture.ts";

/** Settings under which a Subiekt GT order would be written: a store warehouse and the courier mapped. */
const WRITABLE = {
  ...DEFAULT_SETTINGS,
  warehouses: [{ erpId: 1, role: "store" as const }],
  deliveryMethods: [{ channelCode: "courier", kind: "courier" as const, showroomWarehouseId: null }],
};

let world: TTwoErpAgent;
let agent: TTwoErpAgent["agent"];

/** A real agent two of whose connections ("partner", "branch") are Comarch ERP Optima databases. */
beforeAll(async () => {
  world = await startTwoErpAgent({
    connections: ({ optima }) => [
      { key: "partner", erpType: "optima", erpUrl: optima },
      { key: "branch", erpType: "optima", erpUrl: optima },
    ],
  });
  agent = world.agent;
}, 120_000);
afterAll(async () => {
  await world?.close();
});

/**
 * An order from a new store channel of the integration, whose settings would let a Subiekt GT
 * order through (only the ERP behind its connection stands in the way); its product in the copy.
 */
async function orderOn(integrationId: string) {
  const { companyId } = agent;
  await getDb().integration.update({ where: { id: integrationId }, data: { settings: WRITABLE } });
  await upsertProduct({ companyId, integrationId, erpId: 1, sku: "A-1" });
  const { channel } = await createChannel({
    actor: STAFF_ACTOR,
    companyId,
    input: { name: `Sklep ${uniqueSuffix()}`, kind: "STORE", integrationId },
  });
  const { order } = await acceptOrder({
    channel: { ...channel, companyId, erpType: "SUBIEKT_GT" },
    input: { ...ONE_LINE_ORDER, externalId: `R-${uniqueSuffix()}` },
  });
  return order;
}

/** Order commands queued for the agent: none may ever be, for an Optima connection. */
const orderCommands = () =>
  getDb().agentCommand.count({ where: { agentId: agent.agentId, name: { startsWith: "erp.order." } } });

/** The order as the error queue lists it. */
async function inErrorQueue(orderId: string) {
  const queue = await listOrders({ actor: STAFF_ACTOR, filters: { companyId: agent.companyId, errorQueue: true } });
  return queue.find((o) => o.id === orderId);
}

describe("an order whose integration is read-only when its ZK is due", () => {
  it("waiting for its agent when its connection turns out to be Optima: the save naming it is refused; the order is refused, named, never sent", async () => {
    const { companyId } = agent;
    // Head office's integration has no agent yet: its order is taken and waits for one.
    const head = await saveIntegration({
      actor: STAFF_ACTOR,
      companyId,
      input: { agentId: null, name: "Centrala", settings: DEFAULT_SETTINGS, expectedVersion: 0 },
    });
    const order = await orderOn(head.id);
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).lastErrorCode).toBe("noAgent");
    // Staff cannot give it the agent on a connection the agent reports as Optima: refused at the field.
    const version = (await getDb().integration.findUniqueOrThrow({ where: { id: head.id } })).version;
    const given = saveIntegration({
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
    expect(await failureOf(given)).toMatchObject({
      fieldErrors: { agentConnection: [{ code: "agentConnectionOtherErp", params: { code: "optima" } }] },
    });
    // Yet the agent's config may point the connection it was given at an Optima database later, which
    // no save sees: the integration then stands where that refusal would have kept it from.
    await getDb().integration.update({
      where: { id: head.id },
      data: { agentId: agent.agentId, agentConnection: "partner" },
    });
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
      input: { agentId: null, name: "Oddział", erpType: "SUBIEKT_GT", settings: DEFAULT_SETTINGS, expectedVersion: 0 },
    });
    // No save puts it there (each is refused at the field): the agent's config pointed "branch" at
    // an Optima database after the integration was given it.
    await getDb().integration.update({
      where: { id: head.id },
      data: { agentId: agent.agentId, agentConnection: "branch" },
    });
    const order = await orderOn(head.id);
    expect(order.erp).toMatchObject({ state: "failed", errorCode: "erpReadOnly" });
    const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored).toMatchObject({ lastErrorCode: "erpReadOnly", lastErrorParams: { integration: "Oddział" } });
    expect((await inErrorQueue(order.id))?.lastErrorCode).toBe("erpReadOnly");
    expect(await orderCommands()).toBe(0);
  });
});
