import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TOrderInput } from "@erp-bridge/shared";
import { outboxCommand, withAgent } from "../../../apps/portal/src/server/agent-link/outbox-command.ts";
import { acceptOrder } from "../../../apps/portal/src/server/orders/accept-order.ts";
import { draftOrder } from "../../../apps/portal/src/server/orders/draft-order.ts";
import { insertNewOrder } from "../../../apps/portal/src/server/orders/insert-new-order.ts";
import { ORDER_INCLUDE, toOrderView } from "../../../apps/portal/src/server/orders/order-view.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import type { TApiChannel } from "../../../apps/portal/src/server/platform/auth/api-channel.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import {
  companyTakingOrders,
  insertCustomer,
  makeChannelWithKey,
  twoLineOrder,
  upsertProduct,
} from "../channel-api/channel-fixture.ts";
import { companyIntegrationId } from "../../support/factories.ts";

/**
 * The intake's one statement on real PostgreSQL, without an agent process: the order, its lines,
 * its timeline and its ZK command (or its hold) are stored all together or not at all.
 */
let companyId: string;
let agentId: string;
let store: TApiChannel;
let b2b: TApiChannel;

async function apiChannel(kind: "STORE" | "B2B"): Promise<TApiChannel> {
  const { channel } = await makeChannelWithKey({ companyId, channel: { kind } });
  const { integrationId } = channel;
  return {
    id: channel.id,
    companyId,
    integrationId,
    erpType: "SUBIEKT_GT",
    kind,
    priceLevel: 1,
    warehouseIds: [],
    safetyBuffer: 0,
  };
}

beforeAll(async () => {
  ({ companyId, agentId } = await companyTakingOrders({
    saleDocuments: "writer",
    dataGroups: {
      ...DEFAULT_SETTINGS.dataGroups,
      customers: { ...DEFAULT_SETTINGS.dataGroups.customers, enabled: true },
    },
    // The copy's customer (insertCustomer) has 120.25 overdue since 2026-02-10: held as overdue.
    creditHolds: { policy: "hold", overLimit: true, overdueDays: 30 },
  }));
  await upsertProduct({ companyId, erpId: 1, sku: "A-1" });
  await upsertProduct({ companyId, erpId: 2, sku: "B-2" });
  await insertCustomer({ companyId, erpId: 7 });
  store = await apiChannel("STORE");
  b2b = await apiChannel("B2B");
});

afterAll(async () => {
  await getDb().$executeRawUnsafe(`DROP FUNCTION IF EXISTS intake_test_refuse() CASCADE`);
});

/** A company buyer asking for an invoice (the B2B channel's case). */
function orderInput(overrides: Partial<TOrderInput> = {}): TOrderInput {
  return twoLineOrder({
    buyer: {
      name: "Jan Kowalski",
      companyName: "Hurtownia sp. z o.o.",
      nip: "5260250274",
      email: "klient@example.com",
      address: { street: "Długa 1", postalCode: "00-001", city: "Warszawa", country: "PL" },
    },
    document: "invoice",
    ...overrides,
  }) as TOrderInput;
}

async function storedOf(externalId: string) {
  const orders = await getDb().order.findMany({ where: { companyId, externalId }, include: ORDER_INCLUDE });
  const commands = await getDb().agentCommand.findMany({
    where: { companyId, idempotencyKey: { in: orders.map((o) => `order:${o.id}:create:0`) } },
  });
  return { orders, commands };
}

/**
 * The statement tests above store an order without lines (the lines are not what they test). No
 * channel can send one, and the order engines of the files after this one would try its ZK forever.
 */
async function dropLinelessOrder(orderId: string) {
  await getDb().order.delete({ where: { id: orderId } });
}

/** Makes PostgreSQL refuse rows of this company in `table` (inserted by the intake's statement). */
async function refuseInserts(table: "AgentCommand" | "OrderEvent") {
  await getDb().$executeRawUnsafe(
    `CREATE OR REPLACE FUNCTION intake_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN RAISE EXCEPTION 'refused by the test'; END $$`,
  );
  await getDb().$executeRawUnsafe(
    `CREATE TRIGGER intake_test_refuse BEFORE INSERT ON "${table}" FOR EACH ROW
     WHEN (NEW."companyId" = '${companyId}'::uuid) EXECUTE FUNCTION intake_test_refuse()`,
  );
  return () => getDb().$executeRawUnsafe(`DROP TRIGGER intake_test_refuse ON "${table}"`);
}

describe("order intake in one statement", () => {
  it("answers with the order exactly as stored, its ZK command queued for the agent", async () => {
    const { created, order } = await acceptOrder({ channel: store, input: orderInput() });
    expect(created).toBe(true);
    const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id }, include: ORDER_INCLUDE });
    expect(order).toEqual(toOrderView(stored));
    expect(stored).toMatchObject({ erpState: "PENDING", erpStep: "create", lastErrorCode: null });
    const command = await getDb().agentCommand.findUniqueOrThrow({ where: { id: stored.erpCommandId ?? "" } });
    expect(command).toMatchObject({ agentId, name: "erp.order.create", idempotencyKey: `order:${order.id}:create:0` });
    expect(command.input).toMatchObject({
      lines: [
        { sku: "A-1", quantity: 2 },
        { sku: "B-2", quantity: 1 },
      ],
    });
  });

  it("the same externalId posted ten times at once is one order with one command; every answer names it", async () => {
    const input = orderInput();
    const answers = await Promise.all(Array.from({ length: 10 }, () => acceptOrder({ channel: store, input })));
    expect(answers.filter((a) => a.created)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.order.id)).size).toBe(1);
    const { orders, commands } = await storedOf(input.externalId);
    expect(orders).toHaveLength(1);
    expect(orders[0]?.lines).toHaveLength(2);
    expect(orders[0]?.events.map((e) => e.type)).toEqual(["received"]);
    expect(commands).toHaveLength(1);
  });

  it("a held B2B order is stored in the same statement: HELD with its reason, no command, and the answer says so", async () => {
    const { order } = await acceptOrder({ channel: b2b, input: orderInput() });
    expect(order.erp).toMatchObject({ state: "held", errorCode: "creditHold" });
    expect(order.timeline.map((e) => e.type)).toEqual(["received", "erp_held"]);
    const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id }, include: ORDER_INCLUDE });
    expect(toOrderView(stored)).toEqual(order);
    expect(stored.erpCommandId).toBeNull();
    expect((await storedOf(order.externalId)).commands).toHaveLength(0);
  });

  it("each order is decided by the settings as they stand, also after a change that bumps no version", async () => {
    expect((await acceptOrder({ channel: b2b, input: orderInput() })).order.erp.state).toBe("held");
    const integrationId = await companyIntegrationId(companyId);
    const setPolicy = (policy: string) => getDb().$executeRaw`
      UPDATE "Integration" SET "settings" = jsonb_set("settings", '{creditHolds,policy}', to_jsonb(${policy}::text))
      WHERE "id" = ${integrationId}::uuid`;
    await setPolicy("accept");
    try {
      expect((await acceptOrder({ channel: b2b, input: orderInput() })).order.erp.state).toBe("pending");
    } finally {
      await setPolicy("hold");
    }
    expect((await acceptOrder({ channel: b2b, input: orderInput() })).order.erp.state).toBe("held");
  });

  it("when the command cannot be stored, nothing of the order is: the channel's retry then stores it once", async () => {
    const input = orderInput();
    const restore = await refuseInserts("AgentCommand");
    try {
      await expect(acceptOrder({ channel: store, input })).rejects.toThrow(/refused by the test/);
    } finally {
      await restore();
    }
    expect((await storedOf(input.externalId)).orders).toHaveLength(0);
    expect(await getDb().orderLine.count({ where: { order: { externalId: input.externalId } } })).toBe(0);
    const retried = await acceptOrder({ channel: store, input });
    expect(retried.created).toBe(true);
    expect((await storedOf(input.externalId)).commands).toHaveLength(1);
  });

  it("when a held order's hold cannot be stored on its timeline, the order is not stored either", async () => {
    const input = orderInput();
    const restore = await refuseInserts("OrderEvent");
    try {
      await expect(acceptOrder({ channel: b2b, input })).rejects.toThrow(/refused by the test/);
    } finally {
      await restore();
    }
    expect((await storedOf(input.externalId)).orders).toHaveLength(0);
  });

  it("with the integration's agent revoked, the order waits for an agent instead of being refused", async () => {
    await getDb().agent.update({ where: { id: agentId }, data: { revokedAt: new Date() } });
    try {
      const { created, order } = await acceptOrder({ channel: store, input: orderInput() });
      expect(created).toBe(true);
      const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id } });
      expect(stored).toMatchObject({ erpState: "PENDING", erpCommandId: null, lastErrorCode: "noAgent" });
      expect((await storedOf(order.externalId)).commands).toHaveLength(0);
    } finally {
      await getDb().agent.update({ where: { id: agentId }, data: { revokedAt: null } });
    }
  });

  it("the insert stores nothing when the command's agent was revoked after the order was decided", async () => {
    const draft = draftOrder({
      channel: store,
      input: orderInput(),
      digest: "d",
      lines: [],
      totalGross: 0,
      now: new Date(),
    });
    const command = withAgent(
      outboxCommand({ companyId, name: "diagnostics.echo", input: { text: "x" }, idempotencyKey: `t:${draft.id}` }),
      agentId,
    );
    const order = { ...draft, erpStep: "create", erpCommandId: command.id };
    await getDb().agent.update({ where: { id: agentId }, data: { revokedAt: new Date() } });
    try {
      expect(await insertNewOrder({ order, command })).toEqual({ outcome: "agentGone" });
    } finally {
      await getDb().agent.update({ where: { id: agentId }, data: { revokedAt: null } });
    }
    expect((await storedOf(order.externalId)).orders).toHaveLength(0);
    expect(await insertNewOrder({ order, command })).toEqual({ outcome: "created" });
    expect(await getDb().agentCommand.count({ where: { id: command.id } })).toBe(1);
    await dropLinelessOrder(order.id);
  });

  it("the insert stores nothing when the agent does not list the command's ERP connection (not the default one)", async () => {
    const draft = draftOrder({
      channel: store,
      input: orderInput(),
      digest: "d",
      lines: [],
      totalGross: 0,
      now: new Date(),
    });
    const checked = outboxCommand({
      companyId,
      connection: "hq",
      name: "diagnostics.echo",
      input: { text: "x" },
      idempotencyKey: `t:${draft.id}`,
    });
    const command = withAgent(checked, agentId);
    const order = { ...draft, erpStep: "create", erpCommandId: command.id };
    expect(await insertNewOrder({ order, command })).toEqual({ outcome: "agentGone" });
    expect((await storedOf(order.externalId)).orders).toHaveLength(0);
    const erp = { configured: true, reachable: true, message: "ok", checkedAt: new Date().toISOString() };
    await getDb().agent.update({
      where: { id: agentId },
      data: { erpConnections: [{ key: "hq", erpType: "subiekt-gt", erp }] },
    });
    try {
      expect(await insertNewOrder({ order, command })).toEqual({ outcome: "created" });
      expect(await getDb().agentCommand.findUniqueOrThrow({ where: { id: command.id } })).toMatchObject({
        connection: "hq",
      });
    } finally {
      await getDb().agent.update({ where: { id: agentId }, data: { erpConnections: [] } });
      await dropLinelessOrder(order.id);
    }
  });
});
