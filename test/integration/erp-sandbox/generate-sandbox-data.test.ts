import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidEan13, isValidNip } from "../../../apps/agent/src/erp/subiekt-gt/sandbox/checksums.ts";
import { DOK_STATUS, DOK_TYP } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-codes.ts";
import { createSandbox, SMALL_SANDBOX, tableDigest } from "./sandbox-fixture.ts";

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
beforeAll(async () => {
  sandbox = await createSandbox({ size: SMALL_SANDBOX });
});
afterAll(async () => sandbox?.drop());

describe("the generated ERP sandbox", () => {
  it("has the requested size", async () => {
    expect(sandbox.rows.tw__Towar).toBe(500);
    expect(sandbox.rows.tw_Cena).toBe(500);
    expect(sandbox.rows.tw_Stan).toBe(500 * 5);
    expect(sandbox.rows.kh__Kontrahent).toBe(200);
    // The requested lines are the sales history's; supplier orders come on top.
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from "dok_Pozycja" join "dok__Dokument" on "dok_Id" = "ob_DokHanId"
      where "dok_Typ" = ${DOK_TYP.ZD}`.execute(sandbox.db);
    const history = (sandbox.rows.dok_Pozycja ?? 0) - (rows[0]?.n ?? 0);
    expect(history).toBeGreaterThan(2900);
    expect(history).toBeLessThan(3100);
  });

  it("writes supplier orders (ZD) that announce goods: recent ones open, due after the last day; older ones received", async () => {
    const { rows } = await sql<{ status: number; due: Date; lines: number; waiting: number; issued: Date }>`
      select d."dok_Status" as status, d."dok_TerminRealizacji" as due, d."dok_DataWyst" as issued,
        count(*)::int as lines, sum(l."ob_Ilosc" - l."ob_IloscMag")::float8 as waiting
      from "dok__Dokument" d join "dok_Pozycja" l on l."ob_DokHanId" = d."dok_Id"
      where d."dok_Typ" = ${DOK_TYP.ZD} group by d."dok_Id"`.execute(sandbox.db);
    const open = rows.filter((zd) => zd.status === DOK_STATUS.ZK_NOT_FULFILLED);
    const received = rows.filter((zd) => zd.status === DOK_STATUS.ZK_FULFILLED);
    expect(open.length).toBeGreaterThan(0);
    expect(received.length).toBeGreaterThan(0);
    expect(open.length + received.length).toBe(rows.length);
    for (const zd of open) {
      expect(zd.waiting).toBeGreaterThan(0);
      expect(zd.due.getTime()).toBeGreaterThan(SMALL_SANDBOX.until.getTime());
    }
    for (const zd of received) expect(zd.waiting).toBe(0);
    expect(Math.min(...rows.map((zd) => zd.lines))).toBeGreaterThanOrEqual(1);
  });

  it("gives every document totals equal to the sums of its lines", async () => {
    const { rows } = await sql<{ documents: number; wrong: number }>`
      select count(*) as documents, count(*) filter (where d."dok_WartNetto" <> l.netto
        or d."dok_WartVat" <> l.vat or d."dok_WartBrutto" <> l.brutto or l.netto is null) as wrong
      from "dok__Dokument" d left join (
        select coalesce("ob_DokHanId", "ob_DokMagId") as id, sum("ob_WartNetto") as netto,
          sum("ob_WartVat") as vat, sum("ob_WartBrutto") as brutto
        from "dok_Pozycja" group by 1) l on l.id = d."dok_Id"`.execute(sandbox.db);
    expect(rows[0]?.documents).toBeGreaterThan(500);
    expect(rows[0]?.wrong).toBe(0);
  });

  it("writes one dok_Vat row per rate per document, matching its lines", async () => {
    const { rows } = await sql<{ lineGroups: number; vatRows: number; matched: number }>`
      with l as (
        select "ob_DokHanId" as dok, "ob_VatId" as vat, sum("ob_WartNetto") as netto,
          sum("ob_WartVat") as tax, sum("ob_WartBrutto") as brutto
        from "dok_Pozycja" where "ob_DokHanId" is not null group by 1, 2)
      select (select count(*) from l) as "lineGroups", (select count(*) from "dok_Vat") as "vatRows",
        (select count(*) from l join "dok_Vat" v on v."vt_DokId" = l.dok and v."vt_VatId" = l.vat
          and v."vt_WartNetto" = l.netto and v."vt_WartVat" = l.tax and v."vt_WartBrutto" = l.brutto) as matched`.execute(
      sandbox.db,
    );
    expect(rows[0]?.lineGroups).toBeGreaterThan(0);
    expect(rows[0]).toEqual({
      lineGroups: rows[0]?.lineGroups,
      vatRows: rows[0]?.lineGroups,
      matched: rows[0]?.lineGroups,
    });
  });

  it("keeps reserved stock equal to what open reserving orders still hold", async () => {
    const { rows } = await sql<{ reserved: number; mismatched: number }>`
      with expected as (
        select l."ob_TowId" as tow, l."ob_MagId" as mag, sum(l."ob_Ilosc" - l."ob_IloscMag") as qty
        from "dok_Pozycja" l join "dok__Dokument" d on d."dok_Id" = l."ob_DokHanId"
        where d."dok_Typ" = ${DOK_TYP.ZK} and d."dok_Status" = ${DOK_STATUS.ZK_RESERVED} group by 1, 2)
      select (select count(*) from "tw_Stan" where "st_StanRez" > 0) as reserved,
        (select count(*) from "tw_Stan" s full join expected e on e.tow = s."st_TowId" and e.mag = s."st_MagId"
          where coalesce(s."st_StanRez", -1) <> coalesce(e.qty, 0)) as mismatched`.execute(sandbox.db);
    expect(rows[0]?.reserved).toBeGreaterThan(0);
    expect(rows[0]?.mismatched).toBe(0);
  });

  it("numbers documents 1..n per series by the seeded nr_Parametr: monthly 'FS 12/03/2026', yearly 'MM 5/MAG/2026'", async () => {
    const documents = await sandbox.db
      .selectFrom("dok__Dokument")
      .select(["dok_Typ", "dok_Nr", "dok_NrPelny", "dok_DataWyst"])
      .orderBy("dok_Id")
      .execute();
    const yearly = await sandbox.db.selectFrom("nr_Parametr").select("np_Typ").where("np_NrRok", "=", true).execute();
    expect(yearly.map((row) => row.np_Typ)).toContain(DOK_TYP.MM);
    const series = new Map<string, number[]>();
    for (const d of documents) {
      const year = d.dok_DataWyst.getUTCFullYear();
      const month = String(d.dok_DataWyst.getUTCMonth() + 1).padStart(2, "0");
      const expected =
        d.dok_Typ === DOK_TYP.MM
          ? `^MM ${d.dok_Nr}/MAG/${year}$`
          : d.dok_Typ === DOK_TYP.ZD
            ? `^ZD ${d.dok_Nr}/${year}$`
            : `^[A-Z]{2,3} ${d.dok_Nr}/${month}/${year}$`;
      expect(d.dok_NrPelny).toMatch(new RegExp(expected));
      const key = `${d.dok_Typ}/${d.dok_NrPelny.slice(d.dok_NrPelny.indexOf("/"))}`;
      series.set(key, [...(series.get(key) ?? []), d.dok_Nr ?? 0]);
    }
    for (const numbers of series.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(new Set(documents.map((d) => d.dok_NrPelny)).size).toBe(documents.length);
  });

  it("points every correction at an FS or PA and its lines at that document's lines", async () => {
    const { rows } = await sql<{ corrections: number; lines: number; broken: number }>`
      select count(distinct k."dok_Id") as corrections, count(*) as lines,
        count(*) filter (where s."dok_Typ" not in (${DOK_TYP.FS}, ${DOK_TYP.PA}) or o."ob_DokHanId" <> s."dok_Id"
          or o."ob_Id" is null or kl."ob_Ilosc" >= 0 or k."dok_DoDokNrPelny" <> s."dok_NrPelny") as broken
      from "dok__Dokument" k join "dok_Pozycja" kl on kl."ob_DokHanId" = k."dok_Id"
      left join "dok__Dokument" s on s."dok_Id" = k."dok_DoDokId"
      left join "dok_Pozycja" o on o."ob_Id" = kl."ob_DoId"
      where k."dok_Typ" = ${DOK_TYP.KFS}`.execute(sandbox.db);
    expect(rows[0]?.corrections).toBeGreaterThan(0);
    expect(rows[0]?.broken).toBe(0);
  });

  it("writes valid EAN-13 barcodes and company NIPs", async () => {
    const products = await sandbox.db.selectFrom("tw__Towar").select("tw_PodstKodKresk").execute();
    const extra = await sandbox.db.selectFrom("tw_KodKreskowy").select("kk_Kod").execute();
    const eans = [...products.map((p) => p.tw_PodstKodKresk).filter((c) => c !== ""), ...extra.map((e) => e.kk_Kod)];
    expect(eans.length).toBeGreaterThan(400);
    expect(eans.filter((code) => !isValidEan13(code))).toEqual([]);
    const addresses = await sandbox.db.selectFrom("adr__Ewid").select("adr_NIP").where("adr_NIP", "<>", "").execute();
    expect(addresses.length).toBeGreaterThan(50);
    expect(addresses.filter((a) => !isValidNip(a.adr_NIP))).toEqual([]);
  });

  it("prices gross as net plus the product's VAT on every level", async () => {
    const { rows } = await sql<{ wrong: number }>`
      select count(*) as wrong from "tw_Cena" c join "tw__Towar" t on t."tw_Id" = c."tc_IdTowar"
      join "sl_StawkaVAT" v on v."vat_Id" = t."tw_IdVatSp"
      where round(c."tc_CenaNetto1" * (100 + v."vat_Stawka") / 100, 2) <> c."tc_CenaBrutto1"
        or round(c."tc_CenaNetto10" * (100 + v."vat_Stawka") / 100, 2) <> c."tc_CenaBrutto10"`.execute(sandbox.db);
    expect(rows[0]?.wrong).toBe(0);
  });

  it("keeps one receivable per FS on a payment term: mostly paid, some open, overdue ones among them", async () => {
    const { rows } = await sql<{
      settlements: number;
      deferredSales: number;
      unmatched: number;
      paid: number;
      partlyPaid: number;
      overdue: number;
      notYetDue: number;
    }>`
      select count(*)::int as settlements,
        (select count(*)::int from "dok__Dokument" where "dok_Typ" = ${DOK_TYP.FS} and "dok_PlatTermin" > "dok_DataWyst") as "deferredSales",
        count(*) filter (where d."dok_Id" is null or d."dok_Typ" <> ${DOK_TYP.FS} or f."nzf_IdObiektu" <> d."dok_PlatnikId"
          or f."nzf_WartoscPierwotna" <> d."dok_WartBrutto" or f."nzf_TerminPlatnosci" <> d."dok_PlatTermin")::int as unmatched,
        count(*) filter (where f."nzf_Wartosc" = 0)::int as paid,
        count(*) filter (where f."nzf_Wartosc" > 0 and f."nzf_Wartosc" < f."nzf_WartoscPierwotna")::int as "partlyPaid",
        count(*) filter (where f."nzf_Wartosc" > 0 and f."nzf_TerminPlatnosci" < ${SMALL_SANDBOX.until})::int as overdue,
        count(*) filter (where f."nzf_Wartosc" > 0 and f."nzf_TerminPlatnosci" >= ${SMALL_SANDBOX.until})::int as "notYetDue"
      from "nz__Finanse" f left join "dok__Dokument" d on d."dok_Id" = f."nzf_IdDokumentAuto"`.execute(sandbox.db);
    const found = rows[0];
    expect(found).toMatchObject({ settlements: found?.deferredSales, unmatched: 0 });
    expect(found?.settlements).toBeGreaterThan(100);
    expect(found?.paid).toBeGreaterThan((found?.settlements ?? 0) * 0.7);
    for (const kind of ["partlyPaid", "overdue", "notYetDue"] as const) expect(found?.[kind], kind).toBeGreaterThan(0);
  });

  it("advances ins_ident past every generated id", async () => {
    const ident = await sandbox.db.selectFrom("ins_ident").selectAll().execute();
    const next = new Map(ident.map((row) => [row.ido_nazwa, row.ido_wartosc]));
    const maxima = await sql<{ table: string; max: number }>`
      select 'dok__Dokument' as table, max("dok_Id") as max from "dok__Dokument"
      union all select 'dok_Pozycja', max("ob_Id") from "dok_Pozycja"
      union all select 'dok_Vat', max("vt_Id") from "dok_Vat"
      union all select 'tw__Towar', max("tw_Id") from "tw__Towar"
      union all select 'kh__Kontrahent', max("kh_Id") from "kh__Kontrahent"
      union all select 'adr__Ewid', max("adr_Id") from "adr__Ewid"
      union all select 'nz__Finanse', max("nzf_Id") from "nz__Finanse"`.execute(sandbox.db);
    for (const { table, max } of maxima.rows) expect(next.get(table), table).toBeGreaterThan(max);
  });

  it("is deterministic: the same seed gives the same rows, another seed different ones", async () => {
    const same = await createSandbox({ size: SMALL_SANDBOX });
    const other = await createSandbox({ size: { ...SMALL_SANDBOX, seed: 43 } });
    try {
      for (const table of [
        "tw__Towar",
        "tw_Cena",
        "tw_Stan",
        "kh__Kontrahent",
        "adr__Ewid",
        "dok__Dokument",
        "dok_Pozycja",
        "dok_Vat",
      ]) {
        const digest = await tableDigest({ db: sandbox.db, table });
        expect(await tableDigest({ db: same.db, table }), table).toBe(digest);
        expect(await tableDigest({ db: other.db, table }), table).not.toBe(digest);
      }
    } finally {
      await same.drop();
      await other.drop();
    }
  });
});
