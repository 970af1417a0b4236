import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { changeOrderStatus } from "../../../apps/portal/src/server/orders/change-order-status.ts";
import { listOrders } from "../../../apps/portal/src/server/orders/list-orders.ts";
import { releaseOrders } from "../../../apps/portal/src/server/orders/release-orders.ts";
import { countOrders } from "../../../apps/portal/src/server/insight/dashboard/count-orders.ts";
import { findAlerts } from "../../../apps/portal/src/server/insight/alerts/find-alerts.ts";
import { OPERATOR_FIGURES } from "../../../apps/portal/src/server/insight/operations/operator-figures.ts";
import { readSettings } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { makeChannelWithKey } from "../channel-api/channel-fixture.ts";
import { configureIntegration, finishedRun } from "../sync/sync-fixture.ts";
import { makeUser } from "../../support/factories.ts";
import { seedCreditCustomers } from "./credit-fixture.ts";
import {
  callApi,
  erpDocumentsOf,
  orderOf,
  orderWhen,
  sampleOrder,
  startOrderWorld,
  type TOrderWorld,
} from "./orders-fixture.ts";

const ZK = 16;
/** sampleOrder's total. */
const TOTAL = 124.59;

let world: TOrderWorld;
/** The client's B2B platform: the only kind of channel whose orders the rule holds. */
let b2b: { key: string };
let staff: Awaited<ReturnType<typeof makeUser>>;
/** Sandbox customers, by what the copy will say of them. */
let customers: Awaited<ReturnType<typeof seedCreditCustomers>>;

/** The sandbox's customers for each case (credit-fixture.ts), then the customers sync into the copy. */
async function seedSettlements() {
  customers = await seedCreditCustomers(world.sandbox.db);
  const since = new Date();
  await getDb().syncState.updateMany({
    where: { companyId: world.agent.companyId, group: "CUSTOMERS" },
    data: { nextRunAt: new Date(0) },
  });
  expect(await finishedRun({ companyId: world.agent.companyId, group: "CUSTOMERS", since })).toMatchObject({
    status: "SUCCEEDED",
  });
}

beforeAll(async () => {
  world = await startOrderWorld({ creditHolds: { policy: "hold", overLimit: true, overdueDays: 30 } });
  b2b = await makeChannelWithKey({ companyId: world.agent.companyId, channel: { kind: "B2B" } });
  staff = await makeUser({ role: "STAFF" });
  await seedSettlements();
}, 180_000);
afterAll(async () => {
  await world.close();
});

/** An order for the customer with this NIP (an invoice), posted by the channel of `key`. */
async function postOrder(nip: string, key = b2b.key) {
  const body = await sampleOrder(world, { document: "invoice" });
  const order = { ...body, buyer: { ...body.buyer, companyName: "Hurtownia Test sp. z o.o.", nip } };
  const posted = await callApi({ method: "POST", route: "orders", key, body: order });
  expect(posted.status).toBe(201);
  return orderOf(posted.body);
}

const asB2b = () => ({ ...world, key: b2b.key });

describe("credit holds for B2B orders (creditHolds: hold)", () => {
  it("holds an order over the limit with the reason, in the error queue; released by staff, it becomes a ZK", async () => {
    const { companyId } = world.agent;
    const queued = await OPERATOR_FIGURES.errorQueue();
    const held = await postOrder(customers.nearLimit.nip);
    // Decided in the intake's transaction: the channel's answer already says so.
    expect(held.erp).toMatchObject({ state: "held", errorCode: "creditHold", orderNumber: null });
    expect(held.erp.error).toMatch(/balance of PLN\s900\.00 plus this order's PLN\s124\.59 .* limit of PLN\s1,000\.00/);
    expect(held.timeline.filter((e) => e.type === "erp_held").map((e) => e.params)).toEqual([
      expect.objectContaining({ overLimit: "yes", balance: 900, total: TOTAL, limit: 1000, overdue: "no" }),
    ]);
    // Nothing went to the ERP: no command was queued for it.
    const commands = await getDb().agentCommand.count({
      where: { idempotencyKey: { startsWith: `order:${held.id}` } },
    });
    expect(commands).toBe(0);
    const queue = await listOrders({
      actor: staff.actor,
      filters: { companyId: world.agent.companyId, errorQueue: true },
    });
    expect(queue.map((o) => [o.id, o.erpState, o.lastErrorCode])).toContainEqual([held.id, "HELD", "creditHold"]);
    expect((await countOrders({ companyId: world.agent.companyId })).get(world.agent.companyId)?.held).toBe(1);
    // Waiting for staff like a refused order: an alert of its own (e-mailed), the operator's figure.
    expect((await findAlerts({ companyId })).map((a) => [a.kind, a.amount])).toContainEqual(["CREDIT_HOLD", 1]);
    expect(await OPERATOR_FIGURES.errorQueue()).toBe(queued + 1);

    expect(await releaseOrders({ actor: staff.actor, email: staff.email, input: { orderIds: [held.id] } })).toEqual({
      released: 1,
    });
    const written = await orderWhen(asB2b(), held.id, (o) => o.erp.orderNumber !== null);
    expect(written).toMatchObject({ status: "accepted", erp: { state: "idle", customerId: customers.nearLimit.id } });
    expect((await erpDocumentsOf(world, held.id)).map((d) => d.dok_Typ)).toEqual([ZK]);
    expect(written.timeline.filter((e) => e.type === "erp_released").map((e) => e.actor)).toEqual([
      `staff:${staff.email}`,
    ]);
    expect((await findAlerts({ companyId })).map((a) => a.kind)).not.toContain("CREDIT_HOLD");
    expect(await OPERATOR_FIGURES.errorQueue()).toBe(queued);
    const audit = await getDb().auditEntry.findMany({ where: { entity: "order", entityId: held.id } });
    expect(audit.map((a) => [a.action, a.actorEmail])).toEqual([["release-hold", staff.email]]);
    // Released once: a second release finds nothing held.
    expect(await releaseOrders({ actor: staff.actor, email: staff.email, input: { orderIds: [held.id] } })).toEqual({
      released: 0,
    });
  }, 60_000);

  it("only staff release a held order: the client's users and another company's channel cannot; staff may cancel it", async () => {
    const held = await postOrder(customers.nearLimit.nip);
    expect(held.erp.state).toBe("held");
    const ownClient = await makeUser({ role: "CLIENT", companyId: world.agent.companyId });
    const otherClient = await makeUser({ role: "CLIENT", companyId: (await makeChannelWithKey()).companyId });
    for (const user of [ownClient, otherClient]) {
      await expect(
        releaseOrders({ actor: user.actor, email: user.email, input: { orderIds: [held.id] } }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const other = await makeChannelWithKey();
    const seen = await callApi({ method: "GET", route: "orders/[id]", key: other.key, params: { id: held.id } });
    expect(seen.status).toBe(404);
    const stored = await getDb().order.findUniqueOrThrow({ where: { id: held.id } });
    expect(stored).toMatchObject({ erpState: "HELD", holdReleasedAt: null });

    await changeOrderStatus({
      caller: { actor: { ...staff.actor, role: "STAFF", companyId: null }, email: staff.email },
      orderId: held.id,
      input: { status: "cancelled" },
    });
    const cancelled = await orderWhen(asB2b(), held.id, (o) => o.status === "cancelled");
    expect(cancelled.erp).toMatchObject({ state: "idle", orderNumber: null });
    expect(await erpDocumentsOf(world, held.id)).toEqual([]);
  }, 60_000);

  it("holds a customer with an amount overdue more than 30 days; 10 days overdue goes", async () => {
    const late = await postOrder(customers.overdue45.nip);
    expect(late.erp.state).toBe("held");
    const [reason] = late.timeline.filter((e) => e.type === "erp_held").map((e) => e.params);
    expect(reason).toMatchObject({ overLimit: "no", overdue: "yes", overdueAmount: 300, allowedDays: 30 });
    // Days by the shop's calendar: 45, or 44 and 46 around midnight.
    expect(Number(reason?.overdueDays)).toBeGreaterThanOrEqual(44);
    expect(late.erp.error).toMatch(/PLN\s300\.00 overdue, the oldest 4\d days past its due date/);

    const recent = await postOrder(customers.overdue10.nip);
    const written = await orderWhen(asB2b(), recent.id, (o) => o.erp.orderNumber !== null);
    expect(written.erp.customerId).toBe(customers.overdue10.id);
    expect(written.timeline.map((e) => e.type)).not.toContain("erp_held");
  }, 60_000);

  it("never holds an order from a channel that is not B2B, however much its customer owes", async () => {
    const fromStore = await postOrder(customers.nearLimit.nip, world.key);
    expect(fromStore.erp.state).not.toBe("held");
    const written = await orderWhen(world, fromStore.id, (o) => o.erp.orderNumber !== null);
    expect(written.erp.customerId).toBe(customers.nearLimit.id);
  }, 60_000);

  it("with the setting back on accept, the same B2B order goes straight to the ERP; the save says which stay held", async () => {
    const { companyId, agentId } = world.agent;
    const stillHeld = await getDb().order.findMany({ where: { companyId, erpState: "HELD" }, select: { id: true } });
    // The order 45 days overdue of the test before, at least.
    expect(stillHeld.length).toBeGreaterThan(0);
    const current = await getDb().integration.findFirstOrThrow({ where: { companyId } });
    const settings = readSettings(current.settings);
    const accept = { ...settings, creditHolds: { ...settings.creditHolds, policy: "accept" as const } };
    // Held orders are not released by the rule's change (each is staff's decision): the save says how many stay.
    expect(await configureIntegration({ companyId, agentId, settings: accept })).toMatchObject({
      stillHeld: stillHeld.length,
    });
    const kept = await getDb().order.findMany({ where: { id: { in: stillHeld.map((o) => o.id) } } });
    expect(kept.map((o) => [o.erpState, o.holdReleasedAt])).toEqual(stillHeld.map(() => ["HELD", null]));
    // A save that leaves the rule alone has nothing to say of them.
    const schedule = { ...accept.dataGroups.stock, intervalSeconds: accept.dataGroups.stock.intervalSeconds + 1 };
    const unchanged = { ...accept, dataGroups: { ...accept.dataGroups, stock: schedule } };
    expect(await configureIntegration({ companyId, agentId, settings: unchanged })).toMatchObject({ stillHeld: 0 });

    const accepted = await postOrder(customers.nearLimit.nip);
    expect(accepted.erp.state).toBe("pending");
    const written = await orderWhen(asB2b(), accepted.id, (o) => o.erp.orderNumber !== null);
    expect(written.timeline.map((e) => e.type)).not.toContain("erp_held");
    expect((await erpDocumentsOf(world, accepted.id)).map((d) => d.dok_Typ)).toEqual([ZK]);
  }, 60_000);
});
