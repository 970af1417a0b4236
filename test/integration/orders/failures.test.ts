import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getIntegration } from "../../../apps/portal/src/server/erp-data/integrations/get-integration.ts";
import { saveIntegration } from "../../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { retryOrders } from "../../../apps/portal/src/server/orders/retry-orders.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";
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
let world: TOrderWorld;
beforeAll(async () => {
  world = await startOrderWorld();
}, 120_000);
afterAll(async () => {
  await world.close();
});

async function post(overrides: Record<string, unknown> = {}) {
  const answer = await callApi({
    method: "POST",
    route: "orders",
    key: world.key,
    body: await sampleOrder(world, overrides),
  });
  expect(answer.status).toBe(201);
  return orderOf(answer.body).id;
}

async function zkCount(orderId: string) {
  return (await erpDocumentsOf(world, orderId)).filter((d) => d.dok_Typ === ZK).length;
}

describe("orders: nothing lost, nothing written twice", () => {
  it("with the agent offline the order waits, and goes to the ERP when the agent is back", async () => {
    await world.agentProcess().stop("SIGKILL");
    const id = await post();
    const { body } = await callApi({ method: "GET", route: "orders/[id]", key: world.key, params: { id } });
    expect(orderOf(body).erp).toMatchObject({ state: "pending", orderNumber: null });
    await world.restartAgent();
    await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
    expect(await zkCount(id)).toBe(1);
  }, 60_000);

  it("an order the ERP refuses (no stock anywhere) stops with the reason; staff retry after the fix", async () => {
    const order = await sampleOrder(world);
    const [first] = order.lines;
    if (!first) throw new Error("a line");
    const lines = [{ ...first, quantity: 1_000_000, unitGross: 1 }];
    const answer = await callApi({
      method: "POST",
      route: "orders",
      key: world.key,
      body: { ...order, lines, totalGross: 1_000_000 },
    });
    const { id } = orderOf(answer.body);
    const failed = await orderWhen(world, id, (o) => o.erp.state === "failed");
    // Said in codes by the agent (no sentence parsed): the line, the SKU, what was ordered.
    expect(failed.erp.errorCode).toBe("noStock");
    expect(failed.erp.error).toMatch(/^Not enough stock: line 1 \(/);
    const refusal = failed.timeline.find((e) => e.type === "erp_failed");
    expect(refusal).toMatchObject({ code: "noStock", params: { line: 1, sku: first.product.sku, ordered: 1_000_000 } });
    expect(await zkCount(id)).toBe(0);

    const sku = first.product.sku;
    const product = await world.sandbox.db
      .selectFrom("tw__Towar")
      .select("tw_Id")
      .where("tw_Symbol", "=", sku)
      .executeTakeFirstOrThrow();
    await world.sandbox.db
      .updateTable("tw_Stan")
      .set({ st_Stan: sql`"st_Stan" + 1000000` })
      .where("st_TowId", "=", product.tw_Id)
      .where("st_MagId", "=", world.warehouses.store.mag_Id)
      .execute();
    await retryOrders({ actor: STAFF_ACTOR, email: "staff@test.local", input: { orderIds: [id] } });
    await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
    expect(await zkCount(id)).toBe(1);
  }, 60_000);

  it("a delivery method nobody mapped stops the order until staff map it and retry", async () => {
    const id = await post({ deliveryMethod: "drone" });
    const failed = await orderWhen(world, id, (o) => o.erp.state === "failed");
    expect(failed.erp.errorCode).toBe("deliveryUnmapped");
    expect(failed.erp.error).toBe("The delivery method “drone” is not mapped in the integration settings.");
    expect(failed.timeline.at(-1)).toMatchObject({ code: "deliveryUnmapped", params: { method: "drone" } });
    const current = await getIntegration({ actor: STAFF_ACTOR, companyId: world.agent.companyId });
    await saveIntegration({
      actor: STAFF_ACTOR,
      companyId: world.agent.companyId,
      input: {
        agentId: current.agentId,
        expectedVersion: current.version,
        settings: {
          ...current.settings,
          deliveryMethods: [
            ...current.settings.deliveryMethods,
            { channelCode: "drone", kind: "courier", showroomWarehouseId: null },
          ],
        },
      },
    });
    await retryOrders({ actor: STAFF_ACTOR, email: "staff@test.local", input: { orderIds: [id] } });
    await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
  }, 60_000);

  it("the ERP database down, then up: retried with backoff, exactly one ZK", async () => {
    await sql`alter table "dok__Dokument" rename to "dok__Dokument_down"`.execute(world.sandbox.db);
    let id: string;
    try {
      id = await post();
      const waiting = await orderWhen(world, id, (o) => o.timeline.some((e) => e.type === "erp_retry"));
      expect(waiting.erp.state).toBe("pending");
    } finally {
      await sql`alter table "dok__Dokument_down" rename to "dok__Dokument"`.execute(world.sandbox.db);
    }
    // The first retry comes 5 s after the failure, by itself.
    await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
    expect(await zkCount(id)).toBe(1);
  }, 60_000);
});
