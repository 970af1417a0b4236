import { storedKey } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-key.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueSuffix } from "../../support/factories.ts";
import {
  expectDocumentConsistent,
  expectReservationsMatch,
  expectStockMoved,
  snapshotState,
  stockOf,
} from "../subiekt-writes/invariants.ts";
import { createOrder, newCustomer, openOrderCommands, runCommand, writeDocument } from "./order-fixture.ts";

let env: Awaited<ReturnType<typeof openOrderCommands>>;
let agent: Awaited<ReturnType<typeof env.connectedAgent>>;
beforeAll(async () => {
  env = await openOrderCommands();
  agent = await env.connectedAgent();
});
afterAll(async () => {
  await agent?.cleanup();
  await env?.close();
});

/** A reserving ZK of `quantity` of a fresh product, all on the main warehouse. */
async function reservedOrder(quantity: number) {
  const { main } = env.warehouses;
  const product = await env.productWithStock({ [main]: 20 });
  const key = `SHOP-${uniqueSuffix()}`;
  const { order } = await createOrder({
    companyId: agent.companyId,
    input: {
      key,
      customer: newCustomer(),
      warehouseIds: [main],
      split: true,
      reserve: true,
      lines: [{ sku: product.sku, quantity, netPrice: 15 }],
    },
  });
  return { key, order, product };
}

const documentsWithKey = (key: string) =>
  env.sandbox.db
    .selectFrom("dok__Dokument")
    .select(["dok_Id", "dok_Typ"])
    .where("dok_NrPelnyOryg", "=", storedKey(key))
    .execute();
const orderStatus = (id: number) =>
  env.sandbox.db
    .selectFrom("dok__Dokument")
    .select("dok_Status")
    .where("dok_Id", "=", id)
    .executeTakeFirstOrThrow()
    .then((row) => row.dok_Status);

describe("order documents after the ZK, through the agent", () => {
  it.each(["FS", "PA"] as const)("an %s from the ZK issues the goods once, however often it is asked", async (kind) => {
    const { main } = env.warehouses;
    const { key: orderKey, order, product } = await reservedOrder(2);
    const before = await stockOf(env.sandbox.db, [product.id]);
    const input = { key: `${kind}-${uniqueSuffix()}`, kind, orderKey };

    const sale = await writeDocument({ companyId: agent.companyId, name: "erp.order.sale", input });
    expect(sale).toMatchObject({
      type: kind,
      externalKey: input.key,
      warehouseId: main,
      created: true,
      lines: [{ sku: product.sku, quantity: 2, warehouseId: main, net: 30 }],
    });
    await expectStockMoved(env.sandbox.db, {
      before,
      moves: [{ productId: product.id, warehouseId: main, onHand: -2, reserved: -2 }],
    });
    expect(await orderStatus(order.id)).toBe(8);
    await expectDocumentConsistent(env.sandbox.db, sale.id);

    const again = await writeDocument({ companyId: agent.companyId, name: "erp.order.sale", input });
    expect(again).toEqual({ ...sale, created: false, warnings: [] });
    expect(await documentsWithKey(input.key)).toEqual([{ dok_Id: sale.id, dok_Typ: kind === "FS" ? 2 : 21 }]);
    await expectReservationsMatch(env.sandbox.db, [product.id]);
  });

  it("an MM carries the ZK's goods and its reservation to another warehouse", async () => {
    const { main, shop } = env.warehouses;
    const { key: orderKey, order, product } = await reservedOrder(3);
    const before = await stockOf(env.sandbox.db, [product.id]);
    const input = {
      key: `MM-${uniqueSuffix()}`,
      orderKey,
      fromWarehouseId: main,
      toWarehouseId: shop,
      lines: [{ sku: product.sku, quantity: 3 }],
    };

    const transfer = await writeDocument({ companyId: agent.companyId, name: "erp.order.transfer", input });
    expect(transfer).toMatchObject({
      type: "MM",
      warehouseId: main,
      created: true,
      warnings: [],
      lines: [{ sku: product.sku, quantity: 3, warehouseId: shop }],
    });
    await expectStockMoved(env.sandbox.db, {
      before,
      moves: [
        { productId: product.id, warehouseId: main, onHand: -3, reserved: -3 },
        { productId: product.id, warehouseId: shop, onHand: 3, reserved: 3 },
      ],
    });
    const orderLines = await env.sandbox.db
      .selectFrom("dok_Pozycja")
      .select("ob_MagId")
      .where("ob_DokHanId", "=", order.id)
      .execute();
    expect(orderLines).toEqual([{ ob_MagId: shop }]);
    await expectReservationsMatch(env.sandbox.db, [product.id]);

    const state = await snapshotState(env.sandbox.db);
    const again = await writeDocument({ companyId: agent.companyId, name: "erp.order.transfer", input });
    expect(again).toEqual({ ...transfer, created: false });
    expect(await snapshotState(env.sandbox.db)).toEqual(state);
  });

  it("refuses a transfer from an unknown warehouse id, naming the field", async () => {
    const { key: orderKey, product } = await reservedOrder(1);
    const finished = await runCommand({
      companyId: agent.companyId,
      name: "erp.order.transfer",
      input: {
        key: `MM-${uniqueSuffix()}`,
        orderKey,
        fromWarehouseId: 999_999,
        toWarehouseId: env.warehouses.shop,
        lines: [{ sku: product.sku, quantity: 1 }],
      },
    });
    expect({ code: finished.errorCode, message: finished.errorMessage }).toEqual({
      code: "ERP_REFUSED",
      message: "fromWarehouseId: no warehouse with id 999999",
    });
  });

  it("cancelling the ZK releases its reservation; cancelling again changes nothing", async () => {
    const { main } = env.warehouses;
    const { key: orderKey, order, product } = await reservedOrder(4);
    const before = await stockOf(env.sandbox.db, [product.id]);

    const closed = await writeDocument({
      companyId: agent.companyId,
      name: "erp.order.close",
      input: { orderKey, action: "cancel" },
    });
    expect(closed).toMatchObject({ id: order.id, type: "ZK", status: 6, created: true });
    await expectStockMoved(env.sandbox.db, {
      before,
      moves: [{ productId: product.id, warehouseId: main, onHand: 0, reserved: -4 }],
    });
    await expectReservationsMatch(env.sandbox.db, [product.id]);

    const state = await snapshotState(env.sandbox.db);
    const again = await writeDocument({
      companyId: agent.companyId,
      name: "erp.order.close",
      input: { orderKey, action: "cancel" },
    });
    expect(again).toEqual({ ...closed, created: false });
    expect(await snapshotState(env.sandbox.db)).toEqual(state);
  });

  it("a KFS returns part of the sale once, and refuses returning more than was sold", async () => {
    const { main } = env.warehouses;
    const { key: orderKey, product } = await reservedOrder(3);
    const saleKey = `FS-${uniqueSuffix()}`;
    await writeDocument({
      companyId: agent.companyId,
      name: "erp.order.sale",
      input: { key: saleKey, kind: "FS", orderKey },
    });
    const before = await stockOf(env.sandbox.db, [product.id]);
    const input = { key: `KFS-${uniqueSuffix()}`, saleKey, lines: [{ sku: product.sku, quantity: 1 }] };

    const correction = await writeDocument({ companyId: agent.companyId, name: "erp.order.return", input });
    expect(correction).toMatchObject({
      type: "KFS",
      created: true,
      lines: [{ sku: product.sku, quantity: -1, warehouseId: main, net: -15 }],
      totals: { net: -15 },
    });
    await expectStockMoved(env.sandbox.db, {
      before,
      moves: [{ productId: product.id, warehouseId: main, onHand: 1, reserved: 0 }],
    });
    await expectDocumentConsistent(env.sandbox.db, correction.id);
    const again = await writeDocument({ companyId: agent.companyId, name: "erp.order.return", input });
    expect(again).toEqual({ ...correction, created: false });
    expect(await documentsWithKey(input.key)).toHaveLength(1);

    const tooMuch = await runCommand({
      companyId: agent.companyId,
      name: "erp.order.return",
      input: { key: `KFS-${uniqueSuffix()}`, saleKey, lines: [{ sku: product.sku, quantity: 3 }] },
    });
    expect({ code: tooMuch.errorCode, message: tooMuch.errorMessage }).toEqual({
      code: "ERP_REFUSED",
      message: "lines.0.quantity: returning 3 with only 2 sold and not yet returned",
    });
  });
});
