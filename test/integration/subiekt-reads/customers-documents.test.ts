import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeRow } from "../../../apps/agent/src/erp/subiekt-gt/schema/complete-row.ts";
import { DOK_STATUS, DOK_TYP } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-codes.ts";
import { SETTLEMENT_OF_CUSTOMER, SETTLEMENT_TYPE } from "../../../apps/agent/src/erp/subiekt-gt/schema/settlements.ts";
import { erpDayOf } from "../../../apps/agent/src/erp/time/erp-clock.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { openReads, readAll } from "./reads-fixture.ts";

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let reads: ReturnType<typeof openReads>;
beforeAll(async () => {
  sandbox = await createSandbox({ size: SMALL_SANDBOX });
  reads = openReads({ url: sandbox.url });
});
afterAll(async () => {
  await reads?.db.destroy();
  await sandbox?.drop();
});

const READ_TYPES = [DOK_TYP.FS, DOK_TYP.PA, DOK_TYP.KFS, DOK_TYP.ZK, DOK_TYP.MM];

describe("Subiekt GT customer and document reads", () => {
  it("reads every customer once with the main address", async () => {
    const { rows } = await readAll({ read: reads.reads.customers, pageSize: 64 });
    expect(rows.map((row) => row.id)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const raw = await sandbox.db
      .selectFrom("kh__Kontrahent")
      .innerJoin("adr__Ewid", "adr_IdObiektu", "kh_Id")
      .innerJoin("sl_Rabat", "rt_id", "kh_IdRabat")
      .selectAll()
      .where("kh_Id", "=", 3)
      .executeTakeFirstOrThrow();
    expect(rows[2]).toMatchObject({
      code: raw.kh_Symbol,
      name: raw.adr_NazwaPelna,
      nip: raw.adr_NIP || null,
      email: raw.kh_EMail,
      phone: raw.adr_Telefon,
      address: { postalCode: raw.adr_Kod, city: raw.adr_Miejscowosc },
      priceLevel: raw.kh_Cena,
      discountPercent: raw.rt_Procent,
      creditLimit: raw.kh_MaxWartKred,
      paymentDays: raw.kh_MaxDniSp,
      blocked: raw.kh_Zablokowany,
    });
    expect(rows[2]?.address?.street.startsWith(raw.adr_Ulica)).toBe(true);
  });

  it("sums a customer's open settlements: liabilities count against, only receivables past their due day are overdue", async () => {
    const customerId = 5;
    await sandbox.db.deleteFrom("nz__Finanse").where("nzf_IdObiektu", "=", customerId).execute();
    const today = erpDayOf(new Date());
    const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000);
    const settlement = (id: number, row: { typ: number; open: number; due: Date | null }) => ({
      nzf_Id: 900_000 + id,
      nzf_Data: day(-60),
      nzf_TerminPlatnosci: row.due,
      nzf_Typ: row.typ,
      nzf_WartoscPierwotna: 1000,
      nzf_Wartosc: row.open,
      nzf_IdWaluty: "PLN",
      nzf_DataOstatniejSplaty: null,
      nzf_IdDokumentAuto: null,
      nzf_IdObiektu: customerId,
      nzf_TypObiektu: SETTLEMENT_OF_CUSTOMER,
      nzf_Status: 1,
      nzf_NumerPelny: null,
    });
    const { RECEIVABLE, LIABILITY } = SETTLEMENT_TYPE;
    await sandbox.db
      .insertInto("nz__Finanse")
      .values(
        [
          settlement(1, { typ: RECEIVABLE, open: 100.1, due: day(-30) }),
          settlement(2, { typ: RECEIVABLE, open: 200.2, due: day(-1) }),
          settlement(3, { typ: RECEIVABLE, open: 400, due: today }),
          settlement(4, { typ: RECEIVABLE, open: 0, due: day(-90) }),
          settlement(5, { typ: LIABILITY, open: 50, due: day(-40) }),
        ].map((row) => completeRow("nz__Finanse", row)),
      )
      .execute();
    const { rows } = await readAll({ read: reads.reads.customers, pageSize: 64 });
    expect(rows.find((row) => row.id === customerId)).toMatchObject({
      balance: 650.3,
      overdueAmount: 300.3,
      oldestOverdueDueDate: day(-30).toISOString().slice(0, 10),
    });
  });

  it("reads every document of the read types once, with lines that sum to its totals", async () => {
    const { rows } = await readAll({ read: reads.reads.documents, pageSize: 100 });
    const expected = await sandbox.db
      .selectFrom("dok__Dokument")
      .select("dok_Id")
      .where("dok_Typ", "in", READ_TYPES)
      .orderBy("dok_Id")
      .execute();
    expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.dok_Id));
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(["FS", "PA", "KFS", "ZK", "MM"]));
    const cents = (value: number) => Math.round(value * 100);
    for (const document of rows) {
      expect(document.lines.length).toBeGreaterThan(0);
      expect(document.lines.reduce((sum, line) => sum + cents(line.gross), 0)).toBe(cents(document.totals.gross));
    }
    // Every line of a read document: supplier orders (ZD) are not read as documents.
    const lines = await sql<{ count: number }>`
      select count(*) as count from "dok_Pozycja" l
      join "dok__Dokument" d on d."dok_Id" = coalesce(l."ob_DokHanId", l."ob_DokMagId")
      where d."dok_Typ" in (${sql.join(READ_TYPES)})`.execute(sandbox.db);
    expect(rows.reduce((sum, document) => sum + document.lines.length, 0)).toBe(lines.rows[0]?.count);
  });

  it("gives a document its settlement, and re-reads it when a payment moves what is open", async () => {
    const full = await readAll({ read: reads.reads.documents, pageSize: 500 });
    const open = full.rows.findLast((row) => row.type === "FS" && (row.settlement?.open ?? 0) > 0);
    if (!open?.settlement) throw new Error("the sandbox has no open invoice");
    const erp = await sandbox.db
      .selectFrom("nz__Finanse")
      .select(["nzf_WartoscPierwotna", "nzf_Wartosc", "nzf_TerminPlatnosci"])
      .where("nzf_IdDokumentAuto", "=", open.id)
      .executeTakeFirstOrThrow();
    expect(open.settlement).toEqual({
      amount: Number(erp.nzf_WartoscPierwotna),
      open: Number(erp.nzf_Wartosc),
      dueDate: erp.nzf_TerminPlatnosci?.toISOString().slice(0, 10),
    });
    expect(full.rows.filter((row) => row.type === "ZK").every((row) => row.settlement === null)).toBe(true);
    await sandbox.db
      .updateTable("nz__Finanse")
      .set({ nzf_Wartosc: 0 })
      .where("nzf_IdDokumentAuto", "=", open.id)
      .execute();
    const next = await readAll({ read: reads.reads.documents, cursor: full.cursor, pageSize: 500 });
    expect(next.rows.map((row) => [row.id, row.settlement?.open])).toEqual([[open.id, 0]]);
    expect(next.rows[0]?.lines).toEqual(open.lines);
    expect((await readAll({ read: reads.reads.documents, cursor: next.cursor, pageSize: 500 })).rows).toEqual([]);
  });

  it("re-reads an open order whose status changed, and nothing else", async () => {
    const full = await readAll({ read: reads.reads.documents, pageSize: 500 });
    expect((await readAll({ read: reads.reads.documents, cursor: full.cursor, pageSize: 500 })).rows).toEqual([]);
    const open = full.rows.findLast((row) => row.type === "ZK" && row.status === DOK_STATUS.ZK_RESERVED);
    if (!open) throw new Error("the sandbox has no reserved order");
    await sandbox.db
      .updateTable("dok__Dokument")
      .set({ dok_Status: DOK_STATUS.ZK_FULFILLED })
      .where("dok_Id", "=", open.id)
      .execute();
    const next = await readAll({ read: reads.reads.documents, cursor: full.cursor, pageSize: 500 });
    expect(next.rows.map((row) => [row.id, row.status])).toEqual([[open.id, DOK_STATUS.ZK_FULFILLED]]);
    expect(next.rows[0]?.lines).toEqual(open.lines);
    expect((await readAll({ read: reads.reads.documents, cursor: next.cursor, pageSize: 500 })).rows).toEqual([]);
  });
});
