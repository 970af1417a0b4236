import { writeFileSync } from "node:fs";
import { ZErpOrderCreateResult, ZWrittenDocument } from "@erp-bridge/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awaitCommand } from "../../../apps/portal/src/server/agent-link/await-command.ts";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import type { TFault } from "../../../apps/agent/src/erp/subiekt-gt/sfera/emulated/faults.ts";
import { storedKey } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-key.ts";
import { uniqueSuffix } from "../../support/factories.ts";
import { bridgesRunning, emulatedBridge, faultPlan, LOGIN } from "../../support/sfera/bridges.ts";
import { enrolledAgent } from "../../support/tunnel-harness.ts";
import {
  createOrder,
  newCustomer,
  openOrderCommands,
  runCommand,
  writeDocument,
} from "../order-commands/order-fixture.ts";
import {
  expectNumbersUnique,
  expectReservationsMatch,
  expectStockMoved,
  stockOf,
} from "../subiekt-writes/invariants.ts";

/**
 * The order flow with every document issued by the Sfera writer: the real agent process, its
 * supervisor and the emulated bridge (the bridge's protocol, writing into the sandbox). A fault
 * plan makes the bridge die or hang around one write; the portal's retry, under the same key,
 * must find what the first attempt saved.
 */
let env: Awaited<ReturnType<typeof openOrderCommands>>;
let agent: Awaited<ReturnType<typeof enrolledAgent>>;
let running: ReturnType<typeof agent.run>;
let faults: string;

/** A hung save is killed after this: short, so the hang test does not wait the default minute. */
const CALL_TIMEOUT_MS = 4000;

beforeAll(async () => {
  env = await openOrderCommands();
  faults = faultPlan();
  const bridge = emulatedBridge({ erpUrl: env.sandbox.url, faults });
  agent = await enrolledAgent({
    portalUrl: env.hub.url,
    erpUrl: env.sandbox.url,
    sfera: { ...LOGIN, bridgePath: bridge.command, bridgeArgs: bridge.args, callTimeoutMs: CALL_TIMEOUT_MS },
  });
  running = agent.run();
  await running.waitFor((log) => log.msg === "connected");
  await running.waitFor((log) => log.msg === "sfera session open", 60_000);
});
afterAll(async () => {
  await agent?.cleanup();
  for (const pid of faults ? bridgesRunning(faults) : []) process.kill(pid, "SIGKILL");
  await env?.close();
});

const SFERA = { writer: "sfera" } as const;
/**
 * Waits until the supervisor has a new session after a failure: calls made while it waits out its
 * restart backoff fail at once, and the portal retries a step only after its own (5 s and more).
 */
const sessionsOpened = () => running.logs.filter((log) => log.msg === "sfera session open").length;
const sessionReopened = (before: number) => expect.poll(sessionsOpened, { timeout: 30_000 }).toBeGreaterThan(before);
const arm = (type: string, fault: TFault) => writeFileSync(faults, JSON.stringify({ [type]: fault }));
const withKey = (key: string) =>
  env.sandbox.db
    .selectFrom("dok__Dokument")
    .select(["dok_Id", "dok_Typ"])
    .where("dok_NrPelnyOryg", "=", storedKey(key))
    .execute();

async function newOrder(options: { quantity: number; reserve: boolean }) {
  const { main } = env.warehouses;
  const product = await env.productWithStock({ [main]: 10 });
  const key = `SHOP-${uniqueSuffix()}`;
  const input = {
    ...SFERA,
    key,
    customer: newCustomer(),
    warehouseIds: [main],
    split: false,
    reserve: options.reserve,
    lines: [{ sku: product.sku, quantity: options.quantity, netPrice: 20 }],
  };
  return { key, product, input, created: await createOrder({ companyId: agent.companyId, input }) };
}

describe("the order flow through the Sfera writer (emulated bridge, real agent)", () => {
  it("intake, ZK, FS, KFS, PA, MM and cancellation: one document per order and step, repeats return it", async () => {
    const { companyId } = agent;
    const { main, shop } = env.warehouses;
    const first = await newOrder({ quantity: 3, reserve: true });
    expect(first.created.customer.created).toBe(true);
    expect(first.created.order).toMatchObject({
      type: "ZK",
      created: true,
      lines: [{ quantity: 3, warehouseId: main }],
    });
    const again = await createOrder({ companyId, input: first.input });
    expect(again.order).toMatchObject({ id: first.created.order.id, created: false });
    expect(again.customer).toEqual({ ...first.created.customer, created: false });

    const sale = {
      ...SFERA,
      key: `${first.key}-S`,
      kind: "FS" as const,
      orderKey: first.key,
      payment: "transfer" as const,
    };
    const fs = await writeDocument({ companyId, name: "erp.order.sale", input: sale });
    expect(fs).toMatchObject({ type: "FS", created: true, lines: [{ sku: first.product.sku, quantity: 3 }] });
    expect(await writeDocument({ companyId, name: "erp.order.sale", input: sale })).toEqual({ ...fs, created: false });

    const ret = {
      ...SFERA,
      key: `${first.key}-R1`,
      saleKey: sale.key,
      lines: [{ sku: first.product.sku, quantity: 1 }],
    };
    const kfs = await writeDocument({ companyId, name: "erp.order.return", input: ret });
    expect(kfs).toMatchObject({ type: "KFS", created: true });
    expect((await writeDocument({ companyId, name: "erp.order.return", input: ret })).created).toBe(false);

    const second = await newOrder({ quantity: 2, reserve: true });
    const pa = await writeDocument({
      companyId,
      name: "erp.order.sale",
      input: { ...SFERA, key: `${second.key}-S`, kind: "PA", orderKey: second.key, payment: "card" },
    });
    expect(pa).toMatchObject({ type: "PA", created: true });
    const transfer = {
      ...SFERA,
      key: `${second.key}-T`,
      orderKey: second.key,
      fromWarehouseId: main,
      toWarehouseId: shop,
      lines: [{ sku: second.product.sku, quantity: 1 }],
    };
    const mm = await writeDocument({ companyId, name: "erp.order.transfer", input: transfer });
    expect(mm).toMatchObject({ type: "MM", created: true });
    expect((await writeDocument({ companyId, name: "erp.order.transfer", input: transfer })).created).toBe(false);

    const third = await newOrder({ quantity: 4, reserve: true });
    const close = { ...SFERA, orderKey: third.key, action: "cancel" as const };
    expect((await writeDocument({ companyId, name: "erp.order.close", input: close })).created).toBe(true);
    expect((await writeDocument({ companyId, name: "erp.order.close", input: close })).created).toBe(false);

    for (const key of [first.key, sale.key, ret.key, second.key, `${second.key}-S`, transfer.key, third.key]) {
      expect(await withKey(key), key).toHaveLength(1);
    }
    await expectReservationsMatch(env.sandbox.db, [first.product.id, second.product.id, third.product.id]);
    await expectNumbersUnique(env.sandbox.db);
  });

  it("click-and-collect: the MM carries the ZK's reservation to the showroom, where the PA then issues it", async () => {
    const { companyId } = agent;
    const { main, shop } = env.warehouses;
    const order = await newOrder({ quantity: 2, reserve: true });
    const productId = order.product.id;
    const before = await stockOf(env.sandbox.db, [productId]);
    const transfer = {
      ...SFERA,
      key: `${order.key}-T`,
      orderKey: order.key,
      fromWarehouseId: main,
      toWarehouseId: shop,
      lines: [{ sku: order.product.sku, quantity: 2 }],
    };
    const mm = await writeDocument({ companyId, name: "erp.order.transfer", input: transfer });
    expect(mm).toMatchObject({ type: "MM", created: true, warnings: [] });
    const moved = [
      { productId, warehouseId: main, onHand: -2, reserved: -2 },
      { productId, warehouseId: shop, onHand: 2, reserved: 2 },
    ];
    await expectStockMoved(env.sandbox.db, { before, moves: moved });
    const orderLines = await env.sandbox.db
      .selectFrom("dok_Pozycja")
      .select("ob_MagId")
      .where("ob_DokHanId", "=", order.created.order.id)
      .execute();
    expect(orderLines).toEqual([{ ob_MagId: shop }]);
    await expectReservationsMatch(env.sandbox.db, [productId]);

    expect((await writeDocument({ companyId, name: "erp.order.transfer", input: transfer })).created).toBe(false);
    await expectStockMoved(env.sandbox.db, { before, moves: moved });

    const atShowroom = await stockOf(env.sandbox.db, [productId]);
    const pa = await writeDocument({
      companyId,
      name: "erp.order.sale",
      input: { ...SFERA, key: `${order.key}-S`, kind: "PA", orderKey: order.key, payment: "card" },
    });
    expect(pa).toMatchObject({ type: "PA", created: true, lines: [{ quantity: 2, warehouseId: shop }] });
    const issued = [{ productId, warehouseId: shop, onHand: -2, reserved: -2 }];
    await expectStockMoved(env.sandbox.db, { before: atShowroom, moves: issued });
    await expectReservationsMatch(env.sandbox.db, [productId]);
  });

  it("refuses an MM for an order that does not exist, naming the field, and writes nothing", async () => {
    const { main, shop } = env.warehouses;
    const product = await env.productWithStock({ [main]: 5 });
    const key = `MM-${uniqueSuffix()}`;
    const input = {
      ...SFERA,
      key,
      orderKey: `NO-SUCH-${uniqueSuffix()}`,
      fromWarehouseId: main,
      toWarehouseId: shop,
      lines: [{ sku: product.sku, quantity: 1 }],
    };
    const refused = await runCommand({ companyId: agent.companyId, name: "erp.order.transfer", input });
    expect(refused).toMatchObject({ status: "FAILED", errorCode: "ERP_REFUSED" });
    expect(refused.errorMessage).toBe(`orderKey: no ZK with key ${input.orderKey}`);
    expect(await withKey(key)).toEqual([]);
  });

  it("refuses a dry run, and keeps Sfera's words for a refused save", async () => {
    const { companyId } = agent;
    const order = await newOrder({ quantity: 1, reserve: true });
    const dry = await runCommand({
      companyId,
      name: "erp.order.sale",
      input: { ...SFERA, key: `${order.key}-S`, kind: "FS", orderKey: order.key, dryRun: true },
    });
    expect(dry).toMatchObject({ status: "FAILED", errorCode: "ERP_REFUSED" });
    expect(dry.errorMessage).toMatch(/^dryRun: the Sfera writer cannot/);
    await writeDocument({
      companyId,
      name: "erp.order.sale",
      input: { ...SFERA, key: `${order.key}-S`, kind: "FS", orderKey: order.key },
    });
    // Returning more than was sold: the emulated bridge answers REFUSED with the writer's words, as Sfera would with its own.
    const refused = await runCommand({
      companyId,
      name: "erp.order.return",
      input: {
        ...SFERA,
        key: `${order.key}-R1`,
        saleKey: `${order.key}-S`,
        lines: [{ sku: order.product.sku, quantity: 5 }],
      },
    });
    expect(refused).toMatchObject({ status: "FAILED", errorCode: "ERP_REFUSED" });
    expect(refused.errorMessage).not.toMatch(/^Sfera/);
    expect(refused.errorMessage).toBe("lines.0.quantity: returning 5 with only 1 sold and not yet returned");
    expect(await withKey(`${order.key}-R1`)).toEqual([]);
  });

  it("a bridge killed right after it saved: the command fails retryable, the retry returns the one FS", async () => {
    const { companyId } = agent;
    const order = await newOrder({ quantity: 1, reserve: true });
    const sale = { ...SFERA, key: `${order.key}-S`, kind: "FS" as const, orderKey: order.key };
    const sessions = sessionsOpened();
    arm("sale.create", "exit-after-write");
    const died = await runCommand({ companyId, name: "erp.order.sale", input: sale });
    expect(died).toMatchObject({ status: "FAILED", errorCode: "ERP_UNAVAILABLE" });
    expect(died.errorMessage).toMatch(/^Sfera \(BRIDGE_EXITED\)/);
    expect(await withKey(sale.key)).toHaveLength(1);
    await sessionReopened(sessions);
    const retried = await writeDocument({ companyId, name: "erp.order.sale", input: sale });
    expect(retried.created).toBe(false);
    expect(await withKey(sale.key)).toEqual([expect.objectContaining({ dok_Id: retried.id })]);
  });

  it("a bridge hanging past its timeout: answered retryable, restarted, the retry returns the one MM", async () => {
    const { companyId } = agent;
    const { main, shop } = env.warehouses;
    const order = await newOrder({ quantity: 1, reserve: true });
    const before = await stockOf(env.sandbox.db, [order.product.id]);
    const key = `MM-${uniqueSuffix()}`;
    const transfer = {
      ...SFERA,
      key,
      orderKey: order.key,
      fromWarehouseId: main,
      toWarehouseId: shop,
      lines: [{ sku: order.product.sku, quantity: 1 }],
    };
    const sessions = sessionsOpened();
    arm("transfer.create", "hang-after-write");
    const hung = await runCommand({ companyId, name: "erp.order.transfer", input: transfer });
    expect(hung).toMatchObject({ status: "FAILED", errorCode: "ERP_UNAVAILABLE" });
    expect(hung.errorMessage).toMatch(/^Sfera \(BRIDGE_TIMEOUT\)/);
    await sessionReopened(sessions);
    const retried = await writeDocument({ companyId, name: "erp.order.transfer", input: transfer });
    expect(retried.created).toBe(false);
    expect(await withKey(key)).toHaveLength(1);
    const productId = order.product.id;
    await expectStockMoved(env.sandbox.db, {
      before,
      moves: [
        { productId, warehouseId: main, onHand: -1, reserved: -1 },
        { productId, warehouseId: shop, onHand: 1, reserved: 1 },
      ],
    });
  });

  it("the agent killed while the bridge holds a saved ZK: after a restart the redelivered command returns it", async () => {
    const { main } = env.warehouses;
    const product = await env.productWithStock({ [main]: 5 });
    const key = `SHOP-${uniqueSuffix()}`;
    arm("order.create", "hang-after-write");
    const command = await enqueueCommand({
      companyId: agent.companyId,
      name: "erp.order.create",
      input: {
        ...SFERA,
        key,
        customer: newCustomer(),
        warehouseIds: [main],
        split: false,
        reserve: true,
        lines: [{ sku: product.sku, quantity: 5, netPrice: 9.99 }],
      },
      idempotencyKey: `create-${key}`,
    });
    await expect.poll(async () => (await withKey(key)).length, { timeout: 15_000 }).toBe(1);
    await running.stop("SIGKILL");
    // The hung bridge outlives its agent (as SferaBridge.exe would until its stdin closes); end it.
    for (const pid of bridgesRunning(faults)) process.kill(pid, "SIGKILL");

    running = agent.run();
    const finished = await awaitCommand({ commandId: command.id, timeoutMs: 60_000 });
    expect(finished.status, `${finished.errorCode}: ${finished.errorMessage}`).toBe("SUCCEEDED");
    const result = ZErpOrderCreateResult.parse(finished.result);
    expect(result.order).toMatchObject({ created: false, lines: [{ quantity: 5, warehouseId: main }] });
    expect(await withKey(key)).toHaveLength(1);
    await expectReservationsMatch(env.sandbox.db, [product.id]);
    ZWrittenDocument.parse(result.order);
  });
});
