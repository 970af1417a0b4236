import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZChannelApiError } from "@erp-bridge/shared";
import { makeChannelWithKey, upsertProduct } from "../channel-api/channel-fixture.ts";
import { callApi, orderCount, orderOf, sampleOrder, startOrderWorld, type TOrderWorld } from "./orders-fixture.ts";

let world: TOrderWorld;
beforeAll(async () => {
  world = await startOrderWorld();
}, 120_000);
afterAll(async () => {
  await world.close();
});

function fieldsOf(body: unknown): string[] {
  return Object.keys(ZChannelApiError.parse(body).error.fields ?? {});
}

function problemsOf(body: unknown) {
  return ZChannelApiError.parse(body).error.problems ?? [];
}

describe("orders: bad input is refused with the field, and nothing is stored", () => {
  it.each([
    ["missing buyer", (o: Record<string, unknown>) => ({ ...o, buyer: undefined }), "buyer", "required"],
    [
      "negative quantity",
      (o: Record<string, unknown>) => ({
        ...o,
        lines: [{ product: { sku: "X" }, quantity: -1, unitGross: 1, vatRate: 23 }],
      }),
      "lines.0.quantity",
      "moreThan",
    ],
    [
      "malformed NIP",
      (o: Record<string, unknown>) => ({
        ...o,
        document: "invoice",
        buyer: { ...(o.buyer as object), companyName: "Firma", nip: "1234567890" },
      }),
      "buyer.nip",
      "nip",
    ],
    [
      "total that does not match the lines",
      (o: Record<string, unknown>) => ({ ...o, totalGross: 100 }),
      "totalGross",
      "totalMismatch",
    ],
    ["invoice without NIP", (o: Record<string, unknown>) => ({ ...o, document: "invoice" }), "buyer.nip", "invoiceNip"],
  ])("%s -> 400 naming %s", async (_name, change, field, code) => {
    const before = await orderCount(world.agent.companyId);
    const answer = await callApi({
      method: "POST",
      route: "orders",
      key: world.key,
      body: change(await sampleOrder(world)),
    });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toContain(field);
    expect(problemsOf(answer.body)).toContainEqual(expect.objectContaining({ path: field, code }));
    expect(await orderCount(world.agent.companyId)).toBe(before);
  });

  it("an unknown product -> 400 naming the line", async () => {
    const order = await sampleOrder(world);
    const lines = [...order.lines, { product: { ean: "0000000000000" }, quantity: 1, unitGross: 0, vatRate: 23 }];
    const answer = await callApi({ method: "POST", route: "orders", key: world.key, body: { ...order, lines } });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(["lines.2.product"]);
    expect(problemsOf(answer.body)).toEqual([
      {
        path: "lines.2.product",
        code: "unknownProduct",
        params: { by: "ean", code: "0000000000000" },
        message: "No product with the EAN 0000000000000",
      },
    ]);
  });

  it("a 10 MB body -> 413, a wrong content type -> 415, broken JSON -> 400", async () => {
    const before = await orderCount(world.agent.companyId);
    const huge = await callApi({
      method: "POST",
      route: "orders",
      key: world.key,
      rawBody: `"${"x".repeat(10 * 1024 * 1024)}"`,
    });
    expect(huge.status).toBe(413);
    const form = await callApi({
      method: "POST",
      route: "orders",
      key: world.key,
      rawBody: "externalId=1",
      contentType: "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(415);
    const broken = await callApi({ method: "POST", route: "orders", key: world.key, rawBody: "{" });
    expect(broken.status).toBe(400);
    expect(await orderCount(world.agent.companyId)).toBe(before);
  });

  it("another company's order id -> 404, for reading and for changing it", async () => {
    const other = await makeChannelWithKey();
    await upsertProduct({ companyId: other.companyId, erpId: 1, sku: "OTHER-1" });
    const lines = [{ product: { sku: "OTHER-1" }, quantity: 1, unitGross: 10, vatRate: 23 }];
    const theirs = await callApi({
      method: "POST",
      route: "orders",
      key: other.key,
      body: { ...(await sampleOrder(world)), lines, totalGross: 10 },
    });
    expect(theirs.status).toBe(201);
    const id = orderOf(theirs.body).id;
    const read = await callApi({ method: "GET", route: "orders/[id]", key: world.key, params: { id } });
    expect(read.status).toBe(404);
    const move = await callApi({
      method: "POST",
      route: "orders/[id]/status",
      key: world.key,
      params: { id },
      body: { status: "cancelled" },
    });
    expect(move.status).toBe(404);
  });
});
