import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAll } from "../subiekt-reads/reads-fixture.ts";
import { createOptimaSandbox, erpNow, erpToday, openOptimaReads } from "./optima-fixture.ts";

let sandbox: Awaited<ReturnType<typeof createOptimaSandbox>>;
let reads: ReturnType<typeof openOptimaReads>;
beforeAll(async () => {
  sandbox = await createOptimaSandbox();
  reads = openOptimaReads({ url: sandbox.url });
});
afterAll(async () => {
  await reads?.db.destroy();
  await sandbox?.drop();
});

describe("Comarch ERP Optima customers", () => {
  it("reads every customer on each full pass, with the address from CDN.Kontrahenci", async () => {
    const { rows, pages } = await readAll({ read: reads.reads.customers, pageSize: 30 });
    expect(pages).toBe(4);
    expect(rows.map((row) => row.id)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const raw = await sandbox.db
      .selectFrom("CDN.Kontrahenci")
      .selectAll()
      .where("Knt_KntId", "=", 5)
      .executeTakeFirstOrThrow();
    expect(rows[4]).toMatchObject({
      code: raw.Knt_Kod,
      nip: raw.Knt_Nip || null,
      address: { postalCode: raw.Knt_KodPocztowy, city: raw.Knt_Miasto, country: "Polska" },
      paymentDays: raw.Knt_Termin,
      creditLimit: raw.Knt_LimitKredytu,
    });
  });

  it("gives each customer the open settlements of the generated payment schedule, as of the ERP's today", async () => {
    const { rows } = await readAll({ read: reads.reads.customers, pageSize: 30 });
    const events = await sandbox.db.selectFrom("CDN.BnkZdarzenia").selectAll().execute();
    const today = erpToday();
    const expected = new Map<number, { balance: number; overdue: number; oldest: string | null }>();
    for (const event of events) {
      const open = Number(event.BZd_KwotaSys) - Number(event.BZd_KwotaRozSys);
      if (event.BZd_PodmiotTyp !== 1 || event.BZd_Stan === 0 || open === 0) continue;
      const totals = expected.get(event.BZd_PodmiotID) ?? { balance: 0, overdue: 0, oldest: null };
      totals.balance += event.BZd_Kierunek * open;
      if (event.BZd_Kierunek === 1 && event.BZd_Termin.getTime() < today.getTime()) {
        totals.overdue += open;
        const due = event.BZd_Termin.toISOString().slice(0, 10);
        if (totals.oldest === null || due < totals.oldest) totals.oldest = due;
      }
      expected.set(event.BZd_PodmiotID, totals);
    }
    const grosz = (amount: number) => Math.round(amount * 100) / 100;
    expect(rows.map((row) => [row.id, row.balance, row.overdueAmount, row.oldestOverdueDueDate])).toEqual(
      rows.map((row) => {
        const totals = expected.get(row.id);
        return [row.id, grosz(totals?.balance ?? 0), grosz(totals?.overdue ?? 0), totals?.oldest ?? null];
      }),
    );
    // The generated company has customers who owe nothing, who owe on time and who are late.
    expect(rows.filter((row) => row.balance === 0).length).toBeGreaterThan(0);
    expect(rows.filter((row) => (row.balance ?? 0) > 0 && row.overdueAmount === 0).length).toBeGreaterThan(0);
    expect(rows.filter((row) => (row.overdueAmount ?? 0) > 0).length).toBeGreaterThan(0);
  });

  it("sums a customer's open settlements: expenses count against, only approved income past its due day is overdue", async () => {
    const customerId = 5;
    await sandbox.db.deleteFrom("CDN.BnkZdarzenia").where("BZd_PodmiotID", "=", customerId).execute();
    const today = erpToday();
    const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000);
    let id = 900_000;
    const event = (row: {
      direction?: number;
      amount: number;
      settled?: number;
      due: Date;
      state?: number;
      subject?: number;
    }) => ({
      BZd_BZdID: ++id,
      BZd_PodmiotTyp: row.subject ?? 1,
      BZd_PodmiotID: customerId,
      BZd_Kierunek: row.direction ?? 1,
      BZd_Stan: row.state ?? 1,
      BZd_Termin: row.due,
      BZd_KwotaSys: row.amount,
      BZd_KwotaRozSys: row.settled ?? 0,
    });
    await sandbox.db
      .insertInto("CDN.BnkZdarzenia")
      .values([
        event({ amount: 100.1, due: day(-30) }),
        event({ amount: 500, settled: 299.8, due: day(-1) }),
        event({ amount: 400, due: today }),
        event({ amount: 1000, settled: 1000, due: day(-90) }),
        event({ direction: -1, amount: 80, settled: 30, due: day(-40) }),
        // A document still in the buffer, and an employee's event under the same id: neither counts.
        event({ amount: 700, due: day(-60), state: 0 }),
        event({ amount: 900, due: day(-70), subject: 3 }),
      ])
      .execute();
    const { rows } = await readAll({ read: reads.reads.customers, pageSize: 64 });
    expect(rows.find((row) => row.id === customerId)).toMatchObject({
      balance: 650.3,
      overdueAmount: 300.3,
      oldestOverdueDueDate: day(-30).toISOString().slice(0, 10),
    });
    // Paid in full: nothing open, nothing overdue.
    await sandbox.db
      .updateTable("CDN.BnkZdarzenia")
      .set((eb) => ({ BZd_KwotaRozSys: eb.ref("BZd_KwotaSys") }))
      .where("BZd_PodmiotID", "=", customerId)
      .execute();
    const paid = await readAll({ read: reads.reads.customers, pageSize: 64 });
    expect(paid.rows.find((row) => row.id === customerId)).toMatchObject({
      balance: 0,
      overdueAmount: 0,
      oldestOverdueDueDate: null,
    });
  });
});

describe("Comarch ERP Optima documents for the reports", () => {
  it("reads FS, PA, their corrections, RO, WZ and MM with their lines, and leaves out other types", async () => {
    const { rows } = await readAll({ read: reads.reads.documents, pageSize: 100 });
    const raw = await sandbox.db.selectFrom("CDN.TraNag").selectAll().execute();
    expect(rows).toHaveLength(raw.filter((doc) => doc.TrN_TypDokumentu !== 307).length);
    expect(new Set(rows.map((doc) => doc.type))).toEqual(new Set(["FS", "PA", "KFS", "ZK", "WZ", "MM"]));
    const correction = rows.find((doc) => doc.type === "KFS");
    const corrected = rows.find((doc) => doc.id === correction?.sourceDocumentId);
    expect(["FS", "PA"]).toContain(corrected?.type);
    expect(correction?.lines.every((line) => line.quantity < 0)).toBe(true);
    const fs = rows.find((doc) => doc.type === "FS" && doc.status === 0);
    const lines = await sandbox.db
      .selectFrom("CDN.TraElem")
      .selectAll()
      .where("TrE_TrNId", "=", fs?.id ?? 0)
      .orderBy("TrE_Lp")
      .execute();
    expect(fs?.lines.map((line) => [line.productId, line.quantity, line.net, line.cost])).toEqual(
      lines.map((line) => [line.TrE_TwrId, line.TrE_Ilosc, line.TrE_WartoscNetto, line.TrE_WartoscZakupu]),
    );
    const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
    expect(sum(fs?.lines.map((line) => line.net) ?? [])).toBe(fs?.totals.net);
    // Drafts in the buffer and cancelled documents come with the connector's status codes.
    expect(new Set(rows.map((doc) => doc.status))).toEqual(new Set([0, 1, 2]));
  });

  it("then reads only documents added or changed since (approved from the buffer, cancelled), also after a restart", async () => {
    const first = await readAll({ read: reads.reads.documents, pageSize: 100 });
    expect((await readAll({ read: reads.reads.documents, cursor: first.cursor, pageSize: 100 })).rows).toEqual([]);
    const draft = first.rows.find((doc) => doc.status === 1);
    await sandbox.db
      .updateTable("CDN.TraNag")
      .set({ TrN_Bufor: 0, TrN_TS_Mod: erpNow() })
      .where("TrN_TrNID", "=", draft?.id ?? 0)
      .execute();
    await sandbox.db
      .insertInto("CDN.TraNag")
      .values({
        TrN_TrNID: 5000,
        TrN_TypDokumentu: 305,
        TrN_Rodzaj: 305000,
        TrN_NumerPelny: "PA/9999/2026",
        TrN_NumerObcy: "",
        TrN_DataDok: erpNow(),
        TrN_PodID: 1,
        TrN_MagZrdId: 1,
        TrN_ZwrId: null,
        TrN_RazemNetto: 10,
        TrN_RazemVAT: 2.3,
        TrN_RazemBrutto: 12.3,
        TrN_Bufor: 0,
        TrN_Anulowany: 0,
        TrN_TS_Mod: erpNow(),
      })
      .execute();
    const restarted = openOptimaReads({ url: sandbox.url });
    try {
      const next = await readAll({ read: restarted.reads.documents, cursor: first.cursor, pageSize: 100 });
      expect(next.rows.map((doc) => [doc.id, doc.status])).toEqual([
        [draft?.id, 0],
        [5000, 0],
      ]);
    } finally {
      await restarted.db.destroy();
    }
  });
});
