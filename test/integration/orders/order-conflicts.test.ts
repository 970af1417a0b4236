import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZChannelApiError } from "@erp-bridge/shared";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
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
const PA = 21;

let world: TOrderWorld;
beforeAll(async () => {
  world = await startOrderWorld();
}, 120_000);
afterAll(async () => {
  await world.close();
});

const errorOf = (body: unknown) => {
  const { error } = ZChannelApiError.parse(body);
  return { code: error.code, fields: Object.keys(error.fields ?? {}) };
};

const pay = (id: string, amount: number, reference: string) =>
  callApi({
    method: "POST",
    route: "orders/[id]/payments",
    key: world.key,
    params: { id },
    body: { amount, method: "payu", paidAt: new Date().toISOString(), reference },
  });

describe("orders: what a channel sends twice", () => {
  it("an external id reused with other content is refused with 409 EXTERNAL_ID_REUSED; the same content is the same order", async () => {
    const input = await sampleOrder(world);
    const first = await callApi({ method: "POST", route: "orders", key: world.key, body: input });
    expect(first.status).toBe(201);
    const { id } = orderOf(first.body);

    const same = await callApi({ method: "POST", route: "orders", key: world.key, body: { ...input } });
    expect(same.status).toBe(200);
    expect(orderOf(same.body).id).toBe(id);

    const changedLines = { ...input, lines: input.lines.slice(0, 1), totalGross: 24.6 };
    const changedBuyer = { ...input, buyer: { ...input.buyer, name: "Ktoś Inny" } };
    for (const changed of [changedLines, changedBuyer]) {
      const answer = await callApi({ method: "POST", route: "orders", key: world.key, body: changed });
      expect(answer.status).toBe(409);
      expect(errorOf(answer.body)).toEqual({ code: "EXTERNAL_ID_REUSED", fields: ["externalId"] });
    }
    const stored = await getDb().order.findUniqueOrThrow({ where: { id }, include: { lines: true } });
    expect(stored.lines).toHaveLength(2);
    expect(Number(stored.totalGross)).toBe(124.59);
  }, 60_000);

  it("a second full payment under a new reference is refused with OVERPAYMENT, shown on the timeline, and no second sale document is written", async () => {
    const { body } = await callApi({ method: "POST", route: "orders", key: world.key, body: await sampleOrder(world) });
    const { id } = orderOf(body);
    await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
    expect((await pay(id, 124.59, "PAYU-A")).status).toBe(201);
    await orderWhen(world, id, (o) => o.erp.saleDocument !== null);

    const second = await pay(id, 124.59, "PAYU-B");
    expect(second.status).toBe(409);
    expect(errorOf(second.body)).toEqual({ code: "OVERPAYMENT", fields: ["amount"] });
    expect(ZChannelApiError.parse(second.body).error.problem).toEqual({
      code: "overpayment",
      params: { amount: "124.59", reference: "PAYU-B", alreadyPaid: "124.59", total: "124.59" },
    });
    // The same payment again is still the same payment, not an overpayment.
    expect((await pay(id, 124.59, "PAYU-A")).status).toBe(200);

    const order = await orderWhen(world, id, (o) => o.timeline.some((e) => e.type === "payment_refused"));
    expect(order.paidAmount).toBe(124.59);
    expect(order.timeline.find((e) => e.type === "payment_refused")?.message).toContain("PAYU-B");
    const documents = await erpDocumentsOf(world, id);
    expect(documents.map((d) => d.dok_Typ).sort((a, b) => a - b)).toEqual([ZK, PA]);
    expect(await getDb().orderPayment.count({ where: { orderId: id } })).toBe(1);
  }, 60_000);

  it("part payments add up to the total; one that would pass it is refused and the rest still goes through", async () => {
    const { body } = await callApi({ method: "POST", route: "orders", key: world.key, body: await sampleOrder(world) });
    const { id } = orderOf(body);
    expect((await pay(id, 100, "P-1")).status).toBe(201);
    const over = await pay(id, 50, "P-2");
    expect(over.status).toBe(409);
    // Words for a person, and the same in a code for a program.
    const { error } = ZChannelApiError.parse(over.body);
    expect(error.fields?.amount).toEqual(["At most 24.59 is still due"]);
    expect(error.problems).toEqual([
      { code: "stillDue", path: "amount", params: { amount: "24.59" }, message: "At most 24.59 is still due" },
    ]);
    expect((await pay(id, 24.59, "P-3")).status).toBe(201);
    expect((await orderWhen(world, id, (o) => o.paidAmount === 124.59)).paidAmount).toBe(124.59);
  }, 60_000);
});
