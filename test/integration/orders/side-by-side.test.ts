import { rm } from "node:fs/promises";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../../support/eventually.ts";
import type { TAgentLog } from "../../support/agent-process.ts";
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

const isZkWrite = (log: TAgentLog) => log.msg === "command finished" && log.name === "erp.order.create";

/**
 * The agent writes ZKs of different orders side by side. What must hold whatever runs beside what:
 * one ZK per order, every ordered piece reserved once, a deadlock broken by the database retried
 * rather than failed, and a crash mid-pool replayed without a second document.
 */
describe("orders: ZKs written side by side", () => {
  let world: TOrderWorld;
  beforeAll(async () => {
    // Through a relay, so that a test can lose the agent's answers and then cut the line.
    world = await startOrderWorld({ viaProxy: true });
    // Stock enough in the first store for every order here: none is refused or divided for want of it.
    const sample = await sampleOrder(world);
    const skus = sample.lines.map((line) => line.product.sku);
    const products = world.sandbox.db.selectFrom("tw__Towar").select("tw_Id").where("tw_Symbol", "in", skus);
    await world.sandbox.db
      .updateTable("tw_Stan")
      .set({ st_Stan: sql`"st_Stan" + 100000` })
      .where("st_MagId", "=", world.warehouses.store.mag_Id)
      .where("st_TowId", "in", products)
      .execute();
  }, 120_000);
  afterAll(() => world.close(), 60_000);

  /** Reserved stock of the sample order's two products, summed over every warehouse. */
  async function reservedOf(skus: string[]) {
    const rows = await world.sandbox.db
      .selectFrom("tw_Stan")
      .innerJoin("tw__Towar", "tw_Id", "st_TowId")
      .select(["tw_Symbol", sql<number>`sum("st_StanRez")`.as("reserved")])
      .where("tw_Symbol", "in", skus)
      .groupBy("tw_Symbol")
      .execute();
    return new Map(rows.map((row) => [row.tw_Symbol, Number(row.reserved)]));
  }

  async function postOrders(count: number) {
    const bodies = await Promise.all(Array.from({ length: count }, () => sampleOrder(world)));
    const answers = await Promise.all(
      bodies.map((body) => callApi({ method: "POST", route: "orders", key: world.key, body })),
    );
    for (const answer of answers) expect(answer.status).toBe(201);
    const lines = bodies[0]?.lines ?? [];
    return { ids: answers.map((answer) => orderOf(answer.body).id), lines };
  }

  /** Every order has exactly one ZK, the number the portal shows, and the numbers are all different. */
  /** The agent logs a write's end after sending its result: the portal can have the order's number first. */
  const writeLogged = (id: string) =>
    world.agentProcess().waitFor((log) => isZkWrite(log) && String(log.key).includes(id));

  async function expectOneZkEach(ids: string[]) {
    const numbers = new Set<string>();
    for (const id of ids) {
      const order = await orderWhen(world, id, (o) => o.erp.orderNumber !== null, 90_000);
      const zks = (await erpDocumentsOf(world, id)).filter((document) => document.dok_Typ === ZK);
      expect(zks).toHaveLength(1);
      expect(order.erp.orderNumber).toBe(zks[0]?.dok_NrPelny);
      numbers.add(zks[0]?.dok_NrPelny ?? "");
    }
    expect(numbers.size).toBe(ids.length);
  }

  async function expectReservedOnce(options: {
    before: Map<string, number>;
    lines: { product: { sku: string }; quantity: number }[];
    orders: number;
  }) {
    const skus = options.lines.map((line) => line.product.sku);
    const after = await reservedOf(skus);
    for (const line of options.lines) {
      const added = (after.get(line.product.sku) ?? 0) - (options.before.get(line.product.sku) ?? 0);
      expect(added, line.product.sku).toBe(line.quantity * options.orders);
    }
  }

  it("orders on the same products at once: one ZK each, every piece reserved once, writes overlapped", async () => {
    const sample = await sampleOrder(world);
    const before = await reservedOf(sample.lines.map((line) => line.product.sku));
    const { ids, lines } = await postOrders(12);
    await expectOneZkEach(ids);
    await expectReservedOnce({ before, lines, orders: ids.length });
    for (const id of ids) await writeLogged(id);
    const writes = world.agentProcess().logs.filter(isZkWrite);
    expect(writes.every((log) => log.ok === true)).toBe(true);
    // Some write ended while others ran: the agent did write side by side.
    expect(Math.max(...writes.map((log) => Number(log.beside)))).toBeGreaterThan(0);
  }, 120_000);

  it("a deadlock with another session's transaction is retried and the order is written once", async () => {
    const body = await sampleOrder(world);
    const [first, second] = await world.sandbox.db
      .selectFrom("tw__Towar")
      .select("tw_Id")
      .where(
        "tw_Symbol",
        "in",
        body.lines.map((line) => line.product.sku),
      )
      .orderBy("tw_Id")
      .execute();
    if (!first || !second) throw new Error("two products");
    const store = world.warehouses.store.mag_Id;
    const lockRow = (productId: number) =>
      sql`select "st_Stan" from "tw_Stan" where "st_TowId" = ${productId} and "st_MagId" = ${store} for update`;
    const retried = (log: TAgentLog) => log.msg === "write retried after a deadlock";
    const retriesBefore = world.agentProcess().logs.filter(retried).length;
    let id = "";
    // A Subiekt user's save, as the database sees it: it holds the later product's stock row, then
    // wants the earlier one, which the agent (locking in product order) already holds while it waits.
    await world.sandbox.db.transaction().execute(async (tx) => {
      // This session waits long before looking for a deadlock: the agent's, after 1 s, finds it and is the victim.
      await sql`set local deadlock_timeout = '20s'`.execute(tx);
      await lockRow(second.tw_Id).execute(tx);
      const answer = await callApi({ method: "POST", route: "orders", key: world.key, body });
      expect(answer.status).toBe(201);
      id = orderOf(answer.body).id;
      await eventually(
        async () => {
          // Asked outside the transaction: inside it, pg_stat_activity is one snapshot for its whole life.
          const waiting = await sql<{ count: number }>`select count(*)::int as count from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`.execute(world.sandbox.db);
          return (waiting.rows[0]?.count ?? 0) > 0 ? true : undefined;
        },
        { what: "the agent's write waiting for the stock row", timeoutMs: 30_000, intervalMs: 20 },
      );
      await lockRow(first.tw_Id).execute(tx);
    });
    await expectOneZkEach([id]);
    await writeLogged(id);
    const logs = world.agentProcess().logs;
    expect(logs.filter(retried).length).toBeGreaterThan(retriesBefore);
    // Retried inside the one command, not failed back to the portal for a later attempt.
    const runs = logs.filter((log) => isZkWrite(log) && String(log.key).includes(id));
    expect(runs.map((log) => log.ok)).toEqual([true]);
  }, 120_000);

  it("the agent killed while writing side by side, its journal lost: after the restart no order has a second ZK", async () => {
    const sample = await sampleOrder(world);
    const before = await reservedOf(sample.lines.map((line) => line.product.sku));
    const finishedBefore = world.agentProcess().logs.filter(isZkWrite).length;
    // Every answer lost, so every order comes back to the restarted agent, written or not.
    world.proxy?.swallowAgentBytes();
    const { ids, lines } = await postOrders(12);
    // Killed once half the ZKs are committed and others still running or waiting.
    const written = () => world.agentProcess().logs.filter(isZkWrite).length - finishedBefore;
    await world.agentProcess().waitFor(() => written() >= 6, 60_000);
    await world.agentProcess().stop("SIGKILL");
    // The worst a crash mid-pool can leave: ZKs committed and not journaled (a kill between a commit
    // and its fsync, for each write running then). The ERP's record of each key must stop a second ZK.
    await rm(world.agent.journalDir, { recursive: true, force: true });
    world.proxy?.cut();
    await world.restartAgent();
    await expectOneZkEach(ids);
    await expectReservedOnce({ before, lines, orders: ids.length });
  }, 120_000);
});
