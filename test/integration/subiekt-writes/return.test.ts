import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TErpDocumentResult } from "@erp-bridge/shared";
import { createDocumentWrites } from "../../../apps/agent/src/erp/subiekt-gt/writes/document-writes.ts";
import { ErpWriteError } from "../../../apps/agent/src/erp/subiekt-gt/writes/write-error.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import {
  expectDocumentConsistent,
  expectNumbersUnique,
  expectReservationsMatch,
  expectStockMoved,
  snapshotState,
  stockOf,
} from "./invariants.ts";

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let writes: ReturnType<typeof createDocumentWrites>;
/** Two goods at different VAT rates, so the KFS needs two dok_Vat rows; a third not on the sale. */
let goods: { sku: string; id: number }[];
let store = { code: "", id: 0 };
let fs: TErpDocumentResult;
let pa: TErpDocumentResult;
beforeAll(async () => {
  sandbox = await createSandbox({ size: { ...SMALL_SANDBOX, products: 60, customers: 20, documentLines: 300 } });
  writes = createDocumentWrites({ db: sandbox.db, dialect: "postgres" });
  const rows = await sandbox.db
    .selectFrom("tw__Towar")
    .select(["tw_Symbol", "tw_Id", "tw_IdVatSp"])
    .where("tw_Rodzaj", "=", 1)
    .orderBy("tw_Id")
    .execute();
  const first = rows[0];
  const otherRate = rows.find((r) => r.tw_IdVatSp !== first?.tw_IdVatSp);
  const third = rows.find((r) => r !== first && r !== otherRate);
  goods = [first, otherRate, third].map((g) => ({ sku: g?.tw_Symbol ?? "", id: g?.tw_Id ?? 0 }));
  const kh = await sandbox.db
    .selectFrom("kh__Kontrahent")
    .select("kh_Symbol")
    .orderBy("kh_Id")
    .executeTakeFirstOrThrow();
  const mag = await sandbox.db
    .selectFrom("sl_Magazyn")
    .select(["mag_Symbol", "mag_Id"])
    .orderBy("mag_Id")
    .executeTakeFirstOrThrow();
  store = { code: mag.mag_Symbol.trim(), id: mag.mag_Id };
  const sell = async (key: string, kind: "FS" | "PA") => {
    await writes.createOrder({
      externalKey: `ZK-${key}`,
      customer: { symbol: kh.kh_Symbol },
      warehouse: store.code,
      reserve: true,
      date: new Date("2026-03-20T00:00:00Z"),
      lines: [
        { product: { sku: sku(0) }, quantity: 2, netPrice: 19.99 },
        { product: { sku: sku(1) }, quantity: 1.5, netPrice: 7.33, discountPercent: 10 },
      ],
    });
    return writes.createSaleFromOrder({ externalKey: key, kind, order: { externalKey: `ZK-${key}` } });
  };
  fs = await sell("FV-1", "FS");
  pa = await sell("PAR-1", "PA");
});
afterAll(async () => sandbox?.drop());

const sku = (i: number) => goods[i]?.sku ?? "";
const ids = () => goods.map((g) => g.id);
const ret = (key: string, extra: object = {}) => ({
  externalKey: key,
  sale: { externalKey: "FV-1" },
  date: new Date("2026-03-25T00:00:00Z"),
  lines: [
    { product: { sku: sku(0) }, quantity: 1 },
    { product: { sku: sku(1) }, quantity: 1.5 },
  ],
  ...extra,
});
const back = (i: number, q: number) => ({
  productId: goods[i]?.id ?? 0,
  warehouseId: store.id,
  onHand: q,
  reserved: 0,
});

describe("KFS against an FS or PA", () => {
  it("dry-run predicts the real KFS and writes nothing; the KFS mirrors the sale's lines negatively", async () => {
    const state = await snapshotState(sandbox.db);
    const dry = await writes.createReturn({ ...ret("RET-1"), dryRun: true });
    expect(await snapshotState(sandbox.db)).toEqual(state);
    const before = await stockOf(sandbox.db, ids());
    const kfs = await writes.createReturn(ret("RET-1"));
    expect(kfs.created).toBe(true);
    expect(kfs.document.number).toBe(dry.document.number);
    expect(kfs.document.number).toMatch(/^KFS \d+\/03\/2026$/);
    expect(kfs.document.totals).toEqual(dry.document.totals);
    expect(kfs.document.source).toEqual({ id: fs.document.id, number: fs.document.number });
    expect(kfs.document.lines.map((l) => [l.sourceLineId, l.quantity])).toEqual([
      [fs.document.lines[0]?.id, -1],
      [fs.document.lines[1]?.id, -1.5],
    ]);
    // The whole second line comes back: its correction is exactly its negative.
    expect(kfs.document.lines[1]?.gross).toBe(-(fs.document.lines[1]?.gross ?? 0));
    expect(kfs.document.vat).toHaveLength(2);
    for (const rate of kfs.document.vat) expect(rate.gross).toBeLessThan(0);
    expect(kfs.document.totals.gross).toBeLessThan(0);
    await expectDocumentConsistent(sandbox.db, kfs.document.id);
    await expectStockMoved(sandbox.db, { before, moves: [back(0, 1), back(1, 1.5)] });
    await expectReservationsMatch(sandbox.db, ids());
    await expectNumbersUnique(sandbox.db);
  });

  it("a repeated KFS returns the first and writes nothing; concurrent ones write one", async () => {
    const state = await snapshotState(sandbox.db);
    const again = await writes.createReturn(ret("RET-1"));
    expect(again.created).toBe(false);
    expect(await snapshotState(sandbox.db)).toEqual(state);
    const lines = [{ product: { sku: sku(0) }, quantity: 0.5 }];
    const [a, b] = await Promise.all([
      writes.createReturn(ret("RET-2", { lines })),
      writes.createReturn(ret("RET-2", { lines })),
    ]);
    expect(a.document.id).toBe(b.document.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    await expectNumbersUnique(sandbox.db);
  });

  it("returns against a PA found by its number", async () => {
    const before = await stockOf(sandbox.db, ids());
    const kfs = await writes.createReturn(
      ret("RET-PA", { sale: { number: pa.document.number }, lines: [{ product: { sku: sku(1) }, quantity: 1 }] }),
    );
    expect(kfs.document.source?.id).toBe(pa.document.id);
    expect(kfs.document.vat).toHaveLength(1);
    await expectDocumentConsistent(sandbox.db, kfs.document.id);
    await expectStockMoved(sandbox.db, { before, moves: [back(1, 1)] });
  });

  it.each([
    // 2 sold, 1 + 0.5 already returned above.
    ["lines.0.quantity", { lines: [{ product: { sku: "S0" }, quantity: 0.6 }] }],
    [
      "lines.1.quantity",
      {
        lines: [
          { product: { sku: "S0" }, quantity: 0.3 },
          { product: { sku: "S0" }, quantity: 0.3 },
        ],
      },
    ],
    ["lines.0.quantity", { lines: [{ product: { sku: "S1" }, quantity: 0.1 }] }],
    ["lines.0.product", { lines: [{ product: { sku: "S2" }, quantity: 1 }] }],
    ["lines.0.product.sku", { lines: [{ product: { sku: "NO-SUCH-SKU" }, quantity: 1 }] }],
    ["lines.0.quantity", { lines: [{ product: { sku: "S0" }, quantity: 0 }] }],
    ["lines", { lines: [] }],
    ["sale", { sale: { externalKey: "NO-SUCH-SALE" } }],
    ["sale", { sale: { externalKey: "ZK-FV-1" } }],
  ])("rejects bad input at %s and writes nothing", async (path, patch) => {
    const lines =
      "lines" in patch ? patch.lines.map((l) => ({ ...l, product: { sku: skuOf(l.product.sku) } })) : undefined;
    const state = await snapshotState(sandbox.db);
    const error = await writes
      .createReturn(ret("RET-BAD", { ...patch, ...(lines ? { lines } : {}) }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErpWriteError);
    expect(error).toMatchObject({ path });
    expect(await snapshotState(sandbox.db)).toEqual(state);
  });
});

/** Test tables name goods S0..S2, resolved once the sandbox exists. */
const skuOf = (name: string) => (/^S\d$/.test(name) ? sku(Number(name.slice(1))) : name);
