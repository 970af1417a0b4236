import { storedKey } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-key.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueSuffix } from "../../support/factories.ts";
import {
  expectDocumentConsistent,
  expectNumbersUnique,
  expectReservationsMatch,
  expectStockMoved,
  snapshotState,
  stockOf,
} from "../subiekt-writes/invariants.ts";
import { createOrder, newCustomer, openOrderCommands, runCommand } from "./order-fixture.ts";

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

const zkCount = (key: string) =>
  env.sandbox.db
    .selectFrom("dok__Dokument")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("dok_NrPelnyOryg", "=", storedKey(key))
    .where("dok_Typ", "=", 16)
    .executeTakeFirstOrThrow()
    .then((row) => Number(row.n));

describe("erp.order.create through the agent", () => {
  it("creates the customer and a reserving ZK; the same key again returns that ZK, created=false", async () => {
    const { main, shop } = env.warehouses;
    const product = await env.productWithStock({ [main]: 10, [shop]: 10 });
    const customer = newCustomer();
    const input = {
      key: `SHOP-${uniqueSuffix()}`,
      customer,
      warehouseIds: [main, shop],
      split: true,
      reserve: true,
      lines: [{ sku: product.sku, quantity: 3, netPrice: 12.5 }],
    };
    const before = await stockOf(env.sandbox.db, [product.id]);

    const first = await createOrder({ companyId: agent.companyId, input });
    expect(first.customer).toMatchObject({ symbol: customer.symbol, created: true });
    expect(first.order).toMatchObject({
      type: "ZK",
      externalKey: input.key,
      number: expect.stringMatching(/^ZK \d+\/\d\d\/\d{4}$/),
      status: 7,
      warehouseId: main,
      created: true,
      dryRun: false,
      lines: [{ sku: product.sku, quantity: 3, warehouseId: main, net: 37.5 }],
      totals: { net: 37.5 },
    });
    const stored = await env.sandbox.db
      .selectFrom("kh__Kontrahent")
      .innerJoin("adr__Ewid", "adr_IdObiektu", "kh_Id")
      .select(["kh_Id", "adr_NIP", "kh_EMail"])
      .where("adr_TypAdresu", "=", 1)
      .where("kh_Symbol", "=", customer.symbol)
      .execute();
    expect(stored).toEqual([{ kh_Id: first.customer.id, adr_NIP: customer.nip, kh_EMail: customer.email }]);
    await expectStockMoved(env.sandbox.db, {
      before,
      moves: [{ productId: product.id, warehouseId: main, onHand: 0, reserved: 3 }],
    });
    await expectDocumentConsistent(env.sandbox.db, first.order.id);

    const state = await snapshotState(env.sandbox.db);
    const again = await createOrder({ companyId: agent.companyId, input });
    expect(again).toEqual({
      customer: { ...first.customer, created: false },
      order: { ...first.order, created: false },
    });
    expect(await snapshotState(env.sandbox.db)).toEqual(state);
    expect(await zkCount(input.key)).toBe(1);
  });

  it("divides a line across two warehouses when the first lacks stock", async () => {
    const { main, shop, outlet } = env.warehouses;
    const scarce = await env.productWithStock({ [main]: 2, [shop]: 0, [outlet]: 5 });
    const plenty = await env.productWithStock({ [main]: 9 });
    const before = await stockOf(env.sandbox.db, [scarce.id, plenty.id]);

    const { order } = await createOrder({
      companyId: agent.companyId,
      input: {
        key: `SHOP-${uniqueSuffix()}`,
        customer: newCustomer(),
        warehouseIds: [main, shop, outlet],
        split: true,
        reserve: true,
        lines: [
          { sku: scarce.sku, quantity: 4, netPrice: 10 },
          { sku: plenty.sku, quantity: 1, netPrice: 3 },
        ],
      },
    });
    expect(order.warehouseId).toBe(main);
    expect(order.lines.map((l) => [l.sku, l.quantity, l.warehouseId])).toEqual([
      [scarce.sku, 2, main],
      [scarce.sku, 2, outlet],
      [plenty.sku, 1, main],
    ]);
    expect(order.warnings).toEqual([]);
    await expectStockMoved(env.sandbox.db, {
      before,
      moves: [
        { productId: scarce.id, warehouseId: main, onHand: 0, reserved: 2 },
        { productId: scarce.id, warehouseId: outlet, onHand: 0, reserved: 2 },
        { productId: plenty.id, warehouseId: main, onHand: 0, reserved: 1 },
      ],
    });
    await expectReservationsMatch(env.sandbox.db, [scarce.id, plenty.id]);
    await expectDocumentConsistent(env.sandbox.db, order.id);
  });

  it("refuses with ERP_REFUSED when all the warehouses together lack stock, and writes nothing", async () => {
    const { main, shop } = env.warehouses;
    const product = await env.productWithStock({ [main]: 1, [shop]: 2 });
    const before = await snapshotState(env.sandbox.db);
    const finished = await runCommand({
      companyId: agent.companyId,
      name: "erp.order.create",
      input: {
        key: `SHOP-${uniqueSuffix()}`,
        customer: newCustomer(),
        warehouseIds: [main, shop],
        split: true,
        reserve: true,
        lines: [
          { sku: product.sku, quantity: 1, netPrice: 10 },
          { sku: product.sku, quantity: 5, netPrice: 10 },
        ],
      },
    });
    expect({ status: finished.status, code: finished.errorCode, message: finished.errorMessage }).toEqual({
      status: "FAILED",
      code: "ERP_REFUSED",
      message: `lines.1: ${product.sku}: 5 ordered, 2 available to reserve (0 in warehouse ${main}, 2 in warehouse ${shop})`,
    });
    // Not even the customer: the refusal rolled the whole write back.
    expect(await snapshotState(env.sandbox.db)).toEqual(before);
  });

  it("refuses an unknown SKU naming its line", async () => {
    const finished = await runCommand({
      companyId: agent.companyId,
      name: "erp.order.create",
      input: {
        key: `SHOP-${uniqueSuffix()}`,
        customer: newCustomer(),
        warehouseIds: [env.warehouses.main],
        split: false,
        reserve: false,
        lines: [{ sku: "NO-SUCH-SKU", quantity: 1, netPrice: 1 }],
      },
    });
    expect({ code: finished.errorCode, message: finished.errorMessage }).toEqual({
      code: "ERP_REFUSED",
      message: "lines.0.sku: no product with sku NO-SUCH-SKU",
    });
  });

  it("finds the customer by NIP and orders under its symbol; refuses a new NIP under a taken symbol", async () => {
    const { main } = env.warehouses;
    const product = await env.productWithStock({ [main]: 5 });
    const order = (customer: ReturnType<typeof newCustomer>) => ({
      key: `SHOP-${uniqueSuffix()}`,
      customer,
      warehouseIds: [main],
      split: false,
      reserve: false,
      lines: [{ sku: product.sku, quantity: 1, netPrice: 1 }],
    });
    const known = newCustomer();
    const first = await createOrder({ companyId: agent.companyId, input: order(known) });
    const renamed = await createOrder({
      companyId: agent.companyId,
      input: order({ ...newCustomer(), nip: known.nip }),
    });
    expect(renamed.customer).toEqual({ ...first.customer, created: false });

    const before = await snapshotState(env.sandbox.db);
    const finished = await runCommand({
      companyId: agent.companyId,
      name: "erp.order.create",
      input: order({ ...newCustomer(), symbol: known.symbol }),
    });
    expect({ code: finished.errorCode, message: finished.errorMessage }).toEqual({
      code: "ERP_REFUSED",
      message: expect.stringMatching(new RegExp(`^customer\\.symbol: ${known.symbol} `)),
    });
    expect(await snapshotState(env.sandbox.db)).toEqual(before);
  });

  it("a dry run predicts the ZK and writes nothing", async () => {
    const { main } = env.warehouses;
    const product = await env.productWithStock({ [main]: 5 });
    const input = {
      key: `SHOP-${uniqueSuffix()}`,
      customer: newCustomer(),
      warehouseIds: [main],
      split: true,
      reserve: true,
      lines: [{ sku: product.sku, quantity: 2, netPrice: 4.99 }],
    };
    const before = await snapshotState(env.sandbox.db);
    const dry = await createOrder({ companyId: agent.companyId, input: { ...input, dryRun: true } });
    expect(dry).toMatchObject({ customer: { created: true }, order: { created: true, dryRun: true } });
    expect(await snapshotState(env.sandbox.db)).toEqual(before);
    expect(await zkCount(input.key)).toBe(0);

    const real = await createOrder({ companyId: agent.companyId, input });
    // Everything but the id: ids are reserved before a write, so a dry run's is spent (a gap).
    expect(real.order).toEqual({ ...dry.order, id: real.order.id, dryRun: false });
    await expectNumbersUnique(env.sandbox.db);
  });
});
