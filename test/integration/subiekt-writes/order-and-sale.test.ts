import { ZErpOrderCreateInput } from "@erp-bridge/shared";
import { storedKey } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-key.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createDocumentWrites } from "../../../apps/agent/src/erp/subiekt-gt/writes/document-writes.ts";
import { ErpWriteError } from "../../../apps/agent/src/erp/subiekt-gt/writes/write-error.ts";
import { createSqlWriter } from "../../../apps/agent/src/erp/subiekt-gt/writes/sql-writer.ts";
import type { createSandbox } from "../erp-sandbox/sandbox-fixture.ts";
import { expectDocumentConsistent, expectNumbersUnique, expectReservationsMatch, snapshotState } from "./invariants.ts";
import { openWritesSandbox } from "./writes-fixture.ts";

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let writes: ReturnType<typeof createDocumentWrites>;
let skus: { sku: string; id: number }[];
let customer: string;
let main: string;
let mainId: number;
beforeAll(async () => {
  const opened = await openWritesSandbox();
  ({ sandbox, writes, goods: skus, customer } = opened);
  const mainWarehouse = opened.warehouses.find((w) => w.main);
  if (!mainWarehouse) throw new Error("the sandbox has no main warehouse");
  ({ code: main, id: mainId } = mainWarehouse);
});
afterAll(async () => sandbox?.drop());

const order = (key: string, extra: object = {}) => ({
  externalKey: key,
  customer: { symbol: customer },
  warehouse: main,
  reserve: true,
  date: new Date("2026-03-20T00:00:00Z"),
  lines: [
    { product: { sku: skus[0]?.sku ?? "" }, quantity: 2, netPrice: 19.99 },
    { product: { sku: skus[1]?.sku ?? "" }, quantity: 1.5, netPrice: 7.33, discountPercent: 10 },
  ],
  ...extra,
});
const stockOf = (id: number) =>
  sandbox.db.selectFrom("tw_Stan").selectAll().where("st_TowId", "=", id).orderBy("st_MagId").execute();

describe("ZK and FS/PA writes", () => {
  it("dry-run predicts the number and totals of the real ZK and writes nothing", async () => {
    const before = await snapshotState(sandbox.db);
    const dry = await writes.createOrder({ ...order("SHOP-1"), dryRun: true });
    expect(await snapshotState(sandbox.db)).toEqual(before);
    const real = await writes.createOrder(order("SHOP-1"));
    expect(real.created).toBe(true);
    expect(real.document.number).toBe(dry.document.number);
    expect(real.document.number).toMatch(/^ZK \d+\/03\/2026$/);
    expect(real.document.totals).toEqual(dry.document.totals);
    await expectDocumentConsistent(sandbox.db, real.document.id);
    await expectReservationsMatch(
      sandbox.db,
      skus.map((s) => s.id),
    );
    await expectNumbersUnique(sandbox.db);
  });

  it("a repeated ZK returns the first and writes nothing; concurrent ones write one", async () => {
    const before = await snapshotState(sandbox.db);
    const again = await writes.createOrder(order("SHOP-1"));
    expect(again.created).toBe(false);
    expect(await snapshotState(sandbox.db)).toEqual(before);
    const [a, b] = await Promise.all([writes.createOrder(order("SHOP-2")), writes.createOrder(order("SHOP-2"))]);
    expect(a.document.id).toBe(b.document.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const rows = await sandbox.db
      .selectFrom("dok__Dokument")
      .select("dok_Id")
      .where("dok_NrPelnyOryg", "=", storedKey("SHOP-2"))
      .execute();
    expect(rows).toHaveLength(1);
    await expectReservationsMatch(
      sandbox.db,
      skus.map((s) => s.id),
    );
    await expectNumbersUnique(sandbox.db);
  });

  it("the order command's ZK twice at once under one key: one ZK, one reservation (the key's own lock)", async () => {
    // erp.order.create holds the documents lock only from its stock read on: the key check before it
    // is guarded by the key's lock alone.
    const writer = createSqlWriter({ db: sandbox.db, dialect: "postgres" });
    const line = { sku: skus[0]?.sku ?? "", quantity: 1, netPrice: 10 };
    const input = ZErpOrderCreateInput.parse({
      key: "order:twice-at-once",
      customer: { symbol: "RAZ-1", name: "Raz", email: "raz@sklep.pl" },
      warehouseIds: [mainId],
      split: false,
      reserve: true,
      lines: [line],
      dryRun: false,
      writer: "sql",
    });
    const placed = { ...line, warehouseId: mainId };
    const write = () => writer.createOrder({ input, divide: () => ({ ok: true, lines: [placed], warnings: [] }) });
    const [a, b] = await Promise.all([write(), write()]);
    expect(a.order.id).toBe(b.order.id);
    expect([a.order.created, b.order.created].sort()).toEqual([false, true]);
    const rows = await sandbox.db
      .selectFrom("dok__Dokument")
      .select("dok_Id")
      .where("dok_NrPelnyOryg", "=", storedKey(input.key))
      .execute();
    expect(rows).toHaveLength(1);
    await expectReservationsMatch(sandbox.db, [skus[0]?.id ?? 0]);
  });

  it("an FS from a ZK issues the goods, releases the reservation and links the order", async () => {
    const zk = await writes.createOrder(order("SHOP-3"));
    const stockBefore = await stockOf(skus[0]?.id ?? 0);
    const dry = await writes.createSaleFromOrder({
      externalKey: "FV-3",
      kind: "FS",
      order: { externalKey: "SHOP-3" },
      dryRun: true,
    });
    expect(await stockOf(skus[0]?.id ?? 0)).toEqual(stockBefore);
    const fs = await writes.createSaleFromOrder({ externalKey: "FV-3", kind: "FS", order: { externalKey: "SHOP-3" } });
    expect(fs.document.number).toBe(dry.document.number);
    expect(fs.document.totals).toEqual(zk.document.totals);
    expect(fs.document.source).toEqual({ id: zk.document.id, number: zk.document.number });
    expect(fs.document.lines.map((l) => l.sourceLineId)).toEqual(zk.document.lines.map((l) => l.id));
    await expectDocumentConsistent(sandbox.db, fs.document.id);
    // The order reserved 2 of the first product in the main warehouse: the FS takes both out of stock.
    const moved = (row: { st_MagId: number }) => (row.st_MagId === mainId ? 2 : 0);
    expect(await stockOf(skus[0]?.id ?? 0)).toEqual(
      stockBefore.map((row) => ({
        ...row,
        st_Stan: row.st_Stan - moved(row),
        st_StanRez: row.st_StanRez - moved(row),
      })),
    );
    await expectReservationsMatch(
      sandbox.db,
      skus.map((s) => s.id),
    );
    const repeat = await writes.createSaleFromOrder({
      externalKey: "FV-3",
      kind: "FS",
      order: { externalKey: "SHOP-3" },
    });
    expect(repeat).toMatchObject({ created: false, document: { id: fs.document.id } });
    const pa = writes.createSaleFromOrder({ externalKey: "PA-3", kind: "PA", order: { externalKey: "SHOP-3" } });
    await expect(pa).rejects.toMatchObject({ code: "conflict", path: "order" });
  });

  it("cancelling a ZK releases its reservation, once", async () => {
    await writes.createOrder(order("SHOP-4"));
    const cancelled = await writes.closeOrder({ order: { externalKey: "SHOP-4" }, action: "cancel" });
    expect(cancelled.created).toBe(true);
    await expectReservationsMatch(
      sandbox.db,
      skus.map((s) => s.id),
    );
    const before = await snapshotState(sandbox.db);
    expect((await writes.closeOrder({ order: { externalKey: "SHOP-4" }, action: "cancel" })).created).toBe(false);
    expect(await snapshotState(sandbox.db)).toEqual(before);
  });

  it.each([
    ["lines.0.product.sku", { lines: [{ product: { sku: "NO-SUCH-SKU" }, quantity: 1, netPrice: 1 }] }],
    ["lines.0.quantity", { lines: [{ product: { sku: "X" }, quantity: 0, netPrice: 1 }] }],
    ["lines.0.netPrice", { lines: [{ product: { sku: "X" }, quantity: 1, netPrice: 1.001 }] }],
    ["warehouse", { warehouse: "ZZZ" }],
    ["customer.symbol", { customer: { symbol: "X".repeat(21) } }],
  ])("rejects bad input at %s and writes nothing", async (path, patch) => {
    const before = await snapshotState(sandbox.db);
    const error = await writes.createOrder(order("SHOP-BAD", patch)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErpWriteError);
    expect(error).toMatchObject({ path });
    expect(await snapshotState(sandbox.db)).toEqual(before);
  });
});
