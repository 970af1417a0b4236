import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createDocumentWrites } from "../../../apps/agent/src/erp/subiekt-gt/writes/document-writes.ts";
import { ErpWriteError } from "../../../apps/agent/src/erp/subiekt-gt/writes/write-error.ts";
import type { createSandbox } from "../erp-sandbox/sandbox-fixture.ts";
import {
  expectDocumentConsistent,
  expectNumbersUnique,
  expectReservationsMatch,
  expectStockMoved,
  snapshotState,
  stockOf,
} from "./invariants.ts";
import { openWritesSandbox } from "./writes-fixture.ts";

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let writes: ReturnType<typeof createDocumentWrites>;
let goods: { sku: string; id: number }[];
let customer: string;
const store = { code: "", id: 0 };
const showroom = { code: "", id: 0 };
beforeAll(async () => {
  const opened = await openWritesSandbox();
  ({ sandbox, writes, goods, customer } = opened);
  Object.assign(store, opened.warehouses[0]);
  Object.assign(showroom, opened.warehouses[1]);
});
afterAll(async () => sandbox?.drop());

const sku = (i: number) => goods[i]?.sku ?? "";
const ids = () => goods.map((g) => g.id);
const transfer = (key: string, extra: object = {}) => ({
  externalKey: key,
  from: store.code,
  to: showroom.code,
  date: new Date("2026-03-20T00:00:00Z"),
  lines: [
    { product: { sku: sku(0) }, quantity: 2 },
    { product: { sku: sku(1) }, quantity: 1.5 },
  ],
  ...extra,
});
/** st_Stan down in the store, up in the showroom, by each line's quantity. */
const moves = (lines: [index: number, quantity: number][], reserved = false) =>
  lines.flatMap(([i, q]) => [
    { productId: goods[i]?.id ?? 0, warehouseId: store.id, onHand: -q, reserved: reserved ? -q : 0 },
    { productId: goods[i]?.id ?? 0, warehouseId: showroom.id, onHand: q, reserved: reserved ? q : 0 },
  ]);

describe("MM between two warehouses", () => {
  it("dry-run predicts the real MM and writes nothing; the MM moves stock by exactly its quantities", async () => {
    const state = await snapshotState(sandbox.db);
    const dry = await writes.createTransfer({ ...transfer("MM-1"), dryRun: true });
    expect(await snapshotState(sandbox.db)).toEqual(state);
    const before = await stockOf(sandbox.db, ids());
    const real = await writes.createTransfer(transfer("MM-1"));
    expect(real).toMatchObject({ created: true, dryRun: false });
    expect(real.document.number).toBe(dry.document.number);
    // MM are numbered in a yearly series per warehouse (the sandbox's nr_Parametr).
    expect(real.document.number).toMatch(new RegExp(`^MM \\d+/${store.code}/2026$`));
    expect(real.document.totals).toEqual(dry.document.totals);
    expect(real.document).toMatchObject({ warehouse: store.code, vat: [], totals: { vat: 0 } });
    expect(real.document.lines.map((l) => [l.sku, l.quantity, l.warehouse])).toEqual([
      [sku(0), 2, showroom.code],
      [sku(1), 1.5, showroom.code],
    ]);
    await expectDocumentConsistent(sandbox.db, real.document.id);
    await expectStockMoved(sandbox.db, {
      before,
      moves: moves([
        [0, 2],
        [1, 1.5],
      ]),
    });
    await expectReservationsMatch(sandbox.db, ids());
    await expectNumbersUnique(sandbox.db);
  });

  it("a repeated MM returns the first and writes nothing; concurrent ones write one", async () => {
    const state = await snapshotState(sandbox.db);
    const again = await writes.createTransfer(transfer("MM-1"));
    expect(again.created).toBe(false);
    expect(await snapshotState(sandbox.db)).toEqual(state);
    const before = await stockOf(sandbox.db, ids());
    const [a, b] = await Promise.all([
      writes.createTransfer(transfer("MM-2")),
      writes.createTransfer(transfer("MM-2")),
    ]);
    expect(a.document.id).toBe(b.document.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    await expectStockMoved(sandbox.db, {
      before,
      moves: moves([
        [0, 2],
        [1, 1.5],
      ]),
    });
    await expectNumbersUnique(sandbox.db);
  });

  it("carries an order's reservation and lines to the showroom, where the sale then issues them", async () => {
    const zk = await writes.createOrder({
      externalKey: "CC-1",
      customer: { symbol: customer },
      warehouse: store.code,
      reserve: true,
      date: new Date("2026-03-20T00:00:00Z"),
      lines: [{ product: { sku: sku(2) }, quantity: 3, netPrice: 10 }],
    });
    const before = await stockOf(sandbox.db, ids());
    const mm = await writes.createTransfer(
      transfer("MM-CC-1", {
        orderRef: { number: zk.document.number },
        lines: [{ product: { sku: sku(2) }, quantity: 3 }],
      }),
    );
    expect(mm.warnings.filter((w) => w.includes(zk.document.number))).toEqual([]);
    await expectStockMoved(sandbox.db, { before, moves: moves([[2, 3]], true) });
    await expectReservationsMatch(sandbox.db, ids());
    const lines = await sandbox.db
      .selectFrom("dok_Pozycja")
      .select("ob_MagId")
      .where("ob_DokHanId", "=", zk.document.id)
      .execute();
    expect(lines).toEqual([{ ob_MagId: showroom.id }]);
    const atShowroom = await stockOf(sandbox.db, ids());
    await writes.createSaleFromOrder({ externalKey: "PA-CC-1", kind: "PA", order: { externalKey: "CC-1" } });
    const issued = { productId: goods[2]?.id ?? 0, warehouseId: showroom.id, onHand: -3, reserved: -3 };
    await expectStockMoved(sandbox.db, { before: atShowroom, moves: [issued] });
    await expectReservationsMatch(sandbox.db, ids());
  });

  it("warns, but writes, when the source lacks the stock", async () => {
    const mm = await writes.createTransfer(
      transfer("MM-BIG", { lines: [{ product: { sku: sku(0) }, quantity: 99999 }] }),
    );
    expect(mm.created).toBe(true);
    expect(mm.warnings).toEqual([expect.stringContaining(`${sku(0)}: moving 99999 with`)]);
  });

  it.each([
    ["lines.0.product.sku", { lines: [{ product: { sku: "NO-SUCH-SKU" }, quantity: 1 }] }],
    ["lines.0.product.ean", { lines: [{ product: { ean: "0000000000000" }, quantity: 1 }] }],
    ["lines.0.quantity", { lines: [{ product: { sku: "X" }, quantity: 0 }] }],
    ["lines.0.quantity", { lines: [{ product: { sku: "X" }, quantity: -1 }] }],
    ["from", { from: "ZZZ" }],
    ["to", { to: "ZZZ" }],
    ["to", { to: "" }],
    ["orderRef", { orderRef: { externalKey: "NO-SUCH-ORDER" } }],
  ])("rejects bad input at %s and writes nothing", async (path, patch) => {
    const state = await snapshotState(sandbox.db);
    const error = await writes.createTransfer(transfer("MM-BAD", patch)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErpWriteError);
    expect(error).toMatchObject({ path });
    expect(await snapshotState(sandbox.db)).toEqual(state);
  });

  it("rejects the same warehouse twice at `to`", async () => {
    const state = await snapshotState(sandbox.db);
    const error = await writes
      .createTransfer(transfer("MM-SAME", { to: store.code.toLowerCase() }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "invalid_input", path: "to" });
    expect(await snapshotState(sandbox.db)).toEqual(state);
  });
});
