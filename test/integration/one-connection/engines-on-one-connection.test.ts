import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The embedded demo's database takes exactly one connection. A query that asks for a second
// one inside a transaction waits for the transaction that waits for it (issue: a stock page
// held the demo for 60 s). The portal modules read the pool size at first import, so this file
// sets it first and imports them afterwards (vitest isolates each file's modules).
process.env.DATABASE_POOL_SIZE = "1";

const { closeBus } = await import("../../../apps/portal/src/server/agent-link/subscribe.ts");
const { makeChannelWithKey } = await import("../channel-api/channel-fixture.ts");
const { configureIntegration, finishedRun } = await import("../sync/sync-fixture.ts");
const { callApi, orderOf } = await import("../orders/orders-fixture.ts");
const { eventually } = await import("../../support/eventually.ts");
const { syncedWorld } = await import("../../support/synced-world.ts");
const { getDb } = await import("../../../apps/portal/src/server/platform/database/db.ts");

/** The channel's webhook receiver: takes every delivery, so no job is left retrying after this file. */
async function acceptingReceiver() {
  const events: string[] = [];
  const server = http.createServer((request, response) => {
    events.push(String(request.headers["x-erpbridge-event"]));
    request.resume().on("end", () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    events,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Waits until no webhook job of this company or order is waiting or running. A job left behind
 * would be worked by a later file's engine, which seals secrets with a key of its own.
 */
async function webhooksSettled(options: { companyId: string; orderId: string }) {
  await eventually(
    async () => {
      const [row] = await getDb().$queryRaw<{ pending: number }[]>`
        SELECT count(*)::int AS "pending" FROM pgboss.job
        WHERE "name" IN ('stock-webhook', 'order-webhook') AND "state" IN ('created', 'retry', 'active')
          AND ("data"->>'companyId' = ${options.companyId} OR "data"->>'orderId' = ${options.orderId})`;
      return row?.pending === 0 ? true : undefined;
    },
    { what: "the webhook jobs done", timeoutMs: 30_000 },
  );
}

let receiver: Awaited<ReturnType<typeof acceptingReceiver>>;

beforeAll(async () => {
  receiver = await acceptingReceiver();
});
// Registered before the world, so it runs after the world closed (after-hooks run in reverse):
// the engines use the bus until they stop.
afterAll(async () => {
  await receiver.close();
  await closeBus();
});

const world = syncedWorld({ engines: ["sync", "orders"] });

describe("the sync and order engines on one database connection (the embedded demo's mode)", () => {
  it("syncs every data group with a webhook channel, then writes an API order's ZK", async () => {
    const warehouses = await world.sandbox.db.selectFrom("sl_Magazyn").select("mag_Id").orderBy("mag_Id").execute();
    const store = warehouses[0]?.mag_Id ?? 0;
    // A channel with a webhook makes each stock page enqueue its webhook inside the page's transaction.
    const { key } = await makeChannelWithKey({
      companyId: world.agent.companyId,
      channel: { warehouseIds: [store], webhookUrl: receiver.url },
    });
    const since = new Date();
    await configureIntegration({
      companyId: world.agent.companyId,
      agentId: world.agent.agentId,
      settings: {
        warehouses: [{ erpId: store, role: "store" }],
        paymentMethods: [{ channelCode: "payu", erpName: "transfer", prepaid: true }],
        deliveryMethods: [{ channelCode: "courier", kind: "courier", showroomWarehouseId: null }],
      },
    });
    for (const group of ["PRODUCTS", "PRICES", "STOCK", "CUSTOMERS", "DOCUMENTS"] as const) {
      const run = await finishedRun({ companyId: world.agent.companyId, group, since });
      expect({ group, status: run.status, error: run.errorMessage }).toEqual({
        group,
        status: "SUCCEEDED",
        error: null,
      });
    }

    const product = await world.sandbox.db
      .selectFrom("tw__Towar")
      .select("tw_Symbol")
      .where("tw_Usuniety", "=", false)
      .where("tw_Zablokowany", "=", false)
      .orderBy("tw_Id")
      .executeTakeFirstOrThrow();
    const posted = await callApi({
      method: "POST",
      route: "orders",
      key,
      body: {
        externalId: "ONE-CONNECTION-1",
        buyer: {
          name: "Jan Kowalski",
          email: "jan@example.pl",
          address: { street: "Długa 5", postalCode: "00-001", city: "Warszawa" },
        },
        lines: [{ product: { sku: product.tw_Symbol }, quantity: 1, unitGross: 12.3, vatRate: 23 }],
        deliveryMethod: "courier",
        paymentMethod: "payu",
        document: "receipt",
        totalGross: 12.3,
      },
    });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    const id = orderOf(posted.body).id;
    const accepted = await eventually(
      async () => {
        const { body } = await callApi({ method: "GET", route: "orders/[id]", key, params: { id } });
        const order = orderOf(body);
        return order.erp.orderNumber || order.erp.state === "failed" ? order : undefined;
      },
      { what: "the order's ZK", timeoutMs: 30_000 },
    );
    expect(accepted.erp).toMatchObject({ error: null, orderNumber: expect.stringMatching(/^ZK /) });
    await webhooksSettled({ companyId: world.agent.companyId, orderId: id });
    expect(receiver.events).toContain("stock.changed");
    expect(receiver.events).toContain("order.updated");
  });
});
