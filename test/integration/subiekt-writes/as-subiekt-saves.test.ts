import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storedKey } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-key.ts";
import type { createDocumentWrites } from "../../../apps/agent/src/erp/subiekt-gt/writes/document-writes.ts";
import type { createSandbox } from "../erp-sandbox/sandbox-fixture.ts";
import { eventually } from "../../support/eventually.ts";
import { openWritesSandbox } from "./writes-fixture.ts";

/**
 * The writes as a real Subiekt GT database takes them (docs "Corrections from public evidence"):
 * each test here failed on the first connector's writes.
 */
let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let writes: ReturnType<typeof createDocumentWrites>;
let goods: { sku: string; id: number }[];
let customer: string;
let store: { code: string; id: number };
let showroom: { code: string; id: number };
beforeAll(async () => {
  const opened = await openWritesSandbox();
  ({ sandbox, writes, goods, customer } = opened);
  const [first, second] = opened.warehouses;
  if (!first || !second) throw new Error("the sandbox has two warehouses or more");
  [store, showroom] = [first, second];
});
afterAll(async () => sandbox?.drop());

const date = new Date("2026-03-20T00:00:00Z");
const sku = (i: number) => goods[i]?.sku ?? "";
const order = (key: string, extra: object = {}) => ({
  externalKey: key,
  customer: { symbol: customer },
  warehouse: store.code,
  reserve: true,
  date,
  lines: [{ product: { sku: sku(0) }, quantity: 2, netPrice: 19.99 }],
  ...extra,
});
const header = (id: number) =>
  sandbox.db.selectFrom("dok__Dokument").selectAll().where("dok_Id", "=", id).executeTakeFirstOrThrow();
const lines = (id: number) =>
  sandbox.db
    .selectFrom("dok_Pozycja")
    .selectAll()
    .where((eb) => eb.or([eb("ob_DokHanId", "=", id), eb("ob_DokMagId", "=", id)]))
    .orderBy("ob_Id")
    .execute();

describe("writes as Subiekt saves them", () => {
  it("a ZK carries dok_DataMag (NOT NULL, no default) and its lines ob_Status 1 and ob_CenaWaluta", async () => {
    const zk = await writes.createOrder(order("SAVES-ZK"));
    expect((await header(zk.document.id)).dok_DataMag).toEqual(date);
    expect((await lines(zk.document.id)).map((l) => [l.ob_Status, l.ob_CenaWaluta, l.ob_CenaNetto])).toEqual([
      [1, 19.99, 19.99],
    ]);
  });

  it("a finished FS, PA, KFS and MM is issued (dok_Status 1), never 0 'warehouse effect withdrawn'", async () => {
    await writes.createOrder(order("SAVES-ZK-FS"));
    await writes.createOrder(order("SAVES-ZK-PA", { reserve: false }));
    const fs = await writes.createSaleFromOrder({
      externalKey: "SAVES-FS",
      kind: "FS",
      order: { externalKey: "SAVES-ZK-FS" },
    });
    const pa = await writes.createSaleFromOrder({
      externalKey: "SAVES-PA",
      kind: "PA",
      order: { externalKey: "SAVES-ZK-PA" },
    });
    const kfs = await writes.createReturn({
      externalKey: "SAVES-KFS",
      sale: { externalKey: "SAVES-FS" },
      lines: [{ product: { sku: sku(0) }, quantity: 1 }],
    });
    const mm = await writes.createTransfer({
      externalKey: "SAVES-MM",
      from: store.code,
      to: showroom.code,
      lines: [{ product: { sku: sku(1) }, quantity: 1 }],
    });
    const statuses = await Promise.all([fs, pa, kfs, mm].map(async (w) => (await header(w.document.id)).dok_Status));
    expect(statuses).toEqual([1, 1, 1, 1]);
  });

  it("an MM names its target warehouse in dok_OdbiorcaId, its lines hang on ob_DokMagId", async () => {
    const mm = await writes.createTransfer({
      externalKey: "SAVES-MM-2",
      from: store.code,
      to: showroom.code,
      lines: [{ product: { sku: sku(2) }, quantity: 1 }],
    });
    expect(await header(mm.document.id)).toMatchObject({ dok_MagId: store.id, dok_OdbiorcaId: showroom.id });
    expect((await lines(mm.document.id)).map((l) => [l.ob_DokHanId, l.ob_DokMagId, l.ob_MagId])).toEqual([
      [null, mm.document.id, store.id],
    ]);
    // The writer's own answer still says where the goods went, and names no customer.
    expect(mm.document).toMatchObject({ customerId: null, lines: [{ warehouse: showroom.code }] });
  });

  it("a new customer is saved as Subiekt saves one: e-mail '' when none, addresses 1, 2, 11, tel__Ewid, adr_Email", async () => {
    const bare = await writes.createCustomer({ symbol: "SAVES-K1", name: "Bez Maila" });
    const full = await writes.createCustomer({
      symbol: "SAVES-K2",
      name: "Pełny Sp. z o.o.",
      email: "biuro@pelny.pl",
      phone: "601 200 300",
      street: "Długa",
      houseNumber: "5",
      flatNumber: "2",
    });
    const kontrahent = (id: number) =>
      sandbox.db.selectFrom("kh__Kontrahent").select("kh_EMail").where("kh_Id", "=", id).executeTakeFirstOrThrow();
    expect((await kontrahent(bare.customer.id)).kh_EMail).toBe("");
    const addresses = await sandbox.db
      .selectFrom("adr__Ewid")
      .select(["adr_TypAdresu", sql<string>`"adr_Adres"`.as("adres")])
      .where("adr_IdObiektu", "=", full.customer.id)
      .orderBy("adr_TypAdresu")
      .execute();
    expect(addresses).toEqual([1, 2, 11].map((type) => ({ adr_TypAdresu: type, adres: "Długa 5/2" })));
    const main = full.customer.addressId;
    expect(
      await sandbox.db
        .selectFrom("tel__Ewid")
        .select(["tel_Numer", "tel_Podstawowy"])
        .where("tel_IdAdresu", "=", main)
        .execute(),
    ).toEqual([{ tel_Numer: "601 200 300", tel_Podstawowy: true }]);
    expect(
      await sandbox.db
        .selectFrom("adr_Email")
        .select(["am_Email", "am_Podstawowy"])
        .where("am_IdAdres", "=", main)
        .execute(),
    ).toEqual([{ am_Email: "biuro@pelny.pl", am_Podstawowy: true }]);
    const none = await sandbox.db
      .selectFrom("adr_Email")
      .select("am_Id")
      .where("am_IdAdres", "=", bare.customer.addressId)
      .execute();
    expect(none).toEqual([]);
  });

  it("keeps our key behind our own prefix, so another integrator's number is never taken for ours", async () => {
    // A shop plugin's ZK in the history, keyed like one of ours would be without the prefix.
    const foreign = await sandbox.db
      .selectFrom("dok__Dokument")
      .select(["dok_Id", "dok_NrPelnyOryg"])
      .where("dok_NrPelnyOryg", "like", "SKLEP-%")
      .where("dok_Typ", "=", 16)
      .orderBy("dok_Id")
      .executeTakeFirstOrThrow();
    const ours = await writes.createOrder(order(foreign.dok_NrPelnyOryg));
    expect(ours.created).toBe(true);
    expect(ours.document.id).not.toBe(foreign.dok_Id);
    expect(ours.document.externalKey).toBe(foreign.dok_NrPelnyOryg);
    const stored = (await header(ours.document.id)).dok_NrPelnyOryg;
    expect(stored).toBe(storedKey(foreign.dok_NrPelnyOryg));
    expect(stored.length).toBeLessThanOrEqual(30);
  });

  it("finds SKUs and warehouse codes without case, as SQL Server's Polish_CI_AS does", async () => {
    const zk = await writes.createOrder({
      ...order("SAVES-CI"),
      warehouse: store.code.toLowerCase(),
      lines: [{ product: { sku: sku(1).toLowerCase() }, quantity: 1, netPrice: 5 }],
    });
    expect(zk.document.lines.map((l) => [l.sku, l.warehouse])).toEqual([[sku(1), store.code]]);
  });

  it("allocates ids in a short transaction of its own: a Subiekt user saving meanwhile is not blocked", async () => {
    const blocker = await sandbox.db.connection().execute(async (connection) => {
      // Hold the stock row the ZK will reserve, so the write stops half-way, its document inserted.
      await sql`begin`.execute(connection);
      await sql`select 1 from "tw_Stan" where "st_TowId" = ${goods[0]?.id ?? 0} and "st_MagId" = ${store.id} for update`.execute(
        connection,
      );
      const writing = writes.createOrder(order("SAVES-LOCK"));
      await eventually(
        async () => {
          const { rows } = await sql<{ waiting: number }>`
            select count(*)::int as waiting from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`.execute(sandbox.db);
          return (rows[0]?.waiting ?? 0) > 0 ? true : undefined;
        },
        { what: "the ZK write waiting on the held stock row" },
      );
      // What Subiekt does when a user saves a document: take the next id, in a transaction of its own.
      const saved = await sandbox.db.transaction().execute(async (tx) => {
        await sql`set local lock_timeout = '2s'`.execute(tx);
        const { rows } = await sql<{ first: number }>`select "spIdentyfikator"('dok__Dokument', 1) as first`.execute(
          tx,
        );
        return rows[0]?.first;
      });
      await sql`commit`.execute(connection);
      return { saved, written: await writing };
    });
    expect(blocker.saved).toEqual(expect.any(Number));
    expect(blocker.written.created).toBe(true);
  });
});
