import { sql, type Kysely } from "kysely";
import { expect } from "vitest";
import { DOK_STATUS } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-codes.ts";
import type { TSubiektDatabase } from "../../../apps/agent/src/erp/subiekt-gt/schema/database.ts";

type TDb = Kysely<TSubiektDatabase>;
const cents = (zl: number) => Math.round(zl * 100);

/** Header totals = sum of lines; one dok_Vat row per rate equal to its lines' sums. */
export async function expectDocumentConsistent(db: TDb, id: number) {
  const header = await db.selectFrom("dok__Dokument").selectAll().where("dok_Id", "=", id).executeTakeFirstOrThrow();
  const lines = await db
    .selectFrom("dok_Pozycja")
    .selectAll()
    .where((eb) => eb.or([eb("ob_DokHanId", "=", id), eb("ob_DokMagId", "=", id)]))
    .execute();
  const sum = (pick: (l: (typeof lines)[number]) => number) => lines.reduce((a, l) => a + cents(pick(l)), 0);
  expect(cents(header.dok_WartNetto)).toBe(sum((l) => l.ob_WartNetto));
  expect(cents(header.dok_WartVat)).toBe(sum((l) => l.ob_WartVat));
  expect(cents(header.dok_WartBrutto)).toBe(sum((l) => l.ob_WartBrutto));
  const vat = await db.selectFrom("dok_Vat").selectAll().where("vt_DokId", "=", id).execute();
  const rates = new Set(lines.flatMap((l) => (l.ob_VatId === null ? [] : [l.ob_VatId])));
  expect(vat.map((v) => v.vt_VatId).sort()).toEqual([...rates].sort());
  for (const row of vat) {
    const at = lines.filter((l) => l.ob_VatId === row.vt_VatId);
    expect(cents(row.vt_WartNetto)).toBe(at.reduce((a, l) => a + cents(l.ob_WartNetto), 0));
    expect(cents(row.vt_WartBrutto)).toBe(at.reduce((a, l) => a + cents(l.ob_WartBrutto), 0));
  }
}

/** st_StanRez = sum of (ob_Ilosc - ob_IloscMag) over open reserving ZK lines, per product and warehouse. */
export async function expectReservationsMatch(db: TDb, productIds: number[]) {
  const { rows } = await sql<{ towId: number; magId: number; rez: number; expected: number }>`
    select s."st_TowId" as "towId", s."st_MagId" as "magId", s."st_StanRez"::float as rez,
      coalesce((select sum(p."ob_Ilosc" - p."ob_IloscMag") from "dok_Pozycja" p join "dok__Dokument" d on d."dok_Id" = p."ob_DokHanId"
        where d."dok_Typ" = 16 and d."dok_Status" = ${DOK_STATUS.ZK_RESERVED} and p."ob_TowId" = s."st_TowId"
          and p."ob_MagId" = s."st_MagId"), 0)::float as expected
    from "tw_Stan" s where s."st_TowId" in (${sql.join(productIds)})`.execute(db);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect({ ...row, rez: row.expected }).toEqual(row);
}

/** dok_NrPelny is unique within every type. */
export async function expectNumbersUnique(db: TDb) {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from (select "dok_Typ", "dok_NrPelny" from "dok__Dokument"
      group by "dok_Typ", "dok_NrPelny" having count(*) > 1) d`.execute(db);
  expect(rows[0]?.n).toBe(0);
}

const TABLES = ["dok__Dokument", "dok_Pozycja", "dok_Vat", "adr_Historia", "kh__Kontrahent", "adr__Ewid"] as const;

/** Row counts of the written tables plus a digest of stock and id counters, to prove nothing was written. */
export async function snapshotState(db: TDb) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = row.n;
  }
  // ins_ident is left out: a write reserves its ids before it starts (reserveIds), so a refused
  // write or a dry run leaves a gap in the ids, as Subiekt allows, and nothing else.
  const { rows } = await sql<{ stock: string }>`select
    (select md5(string_agg(t::text, '|' order by t::text)) from "tw_Stan" t) as stock`.execute(db);
  return { counts, ...rows[0] };
}

export type TStockMove = { productId: number; warehouseId: number; onHand: number; reserved: number };
type TStockRows = Map<string, { onHand: number; reserved: number }>;

/** Stock of the given products per warehouse, keyed "product:warehouse". */
export async function stockOf(db: TDb, productIds: number[]): Promise<TStockRows> {
  const rows = await db.selectFrom("tw_Stan").selectAll().where("st_TowId", "in", productIds).execute();
  return new Map(rows.map((r) => [`${r.st_TowId}:${r.st_MagId}`, { onHand: r.st_Stan, reserved: r.st_StanRez }]));
}

/** Every stock row of the products moved by exactly the given deltas (absent rows count as zero), no other. */
export async function expectStockMoved(db: TDb, options: { before: TStockRows; moves: TStockMove[] }) {
  const productIds = [...new Set(options.moves.map((m) => m.productId))];
  const after = await stockOf(db, productIds);
  const expected = new Map(options.before);
  for (const [key] of expected) if (!productIds.some((id) => key.startsWith(`${id}:`))) expected.delete(key);
  for (const move of options.moves) {
    const key = `${move.productId}:${move.warehouseId}`;
    const row = expected.get(key) ?? { onHand: 0, reserved: 0 };
    expected.set(key, { onHand: row.onHand + move.onHand, reserved: row.reserved + move.reserved });
  }
  const round = (rows: TStockRows) =>
    Object.fromEntries(
      [...rows].map(([k, v]) => [k, { onHand: Math.round(v.onHand * 1e4), reserved: Math.round(v.reserved * 1e4) }]),
    );
  expect(round(after)).toEqual(round(expected));
}
