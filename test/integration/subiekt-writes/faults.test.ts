import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommandError } from "../../../apps/agent/src/errors/command-error.ts";
import type { TErpWriter } from "../../../apps/agent/src/erp/erp-writer.ts";
import { createSqlWriter } from "../../../apps/agent/src/erp/subiekt-gt/writes/sql-writer.ts";
import type { createSandbox } from "../erp-sandbox/sandbox-fixture.ts";
import { snapshotState } from "./invariants.ts";
import { openWritesSandbox } from "./writes-fixture.ts";

/** Faults a real database raises reach staff as its message plus our reading, and leave nothing written. */
let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let writer: TErpWriter;
let sku: string;
let warehouseId: number;
beforeAll(async () => {
  const opened = await openWritesSandbox();
  sandbox = opened.sandbox;
  writer = createSqlWriter({ db: sandbox.db, dialect: "postgres" });
  sku = opened.goods[0]?.sku ?? "";
  warehouseId = opened.warehouses[0]?.id ?? 0;
});
afterAll(async () => sandbox?.drop());

const order = (key: string, name = "Nowa Klientka") =>
  writer.createOrder({
    input: {
      key,
      customer: { symbol: key, name, phone: "", street: "", houseNumber: "", flatNumber: "", postalCode: "", city: "" },
      warehouseIds: [warehouseId],
      split: false,
      writer: "sql",
      reserve: false,
      lines: [{ sku, quantity: 1, netPrice: 10 }],
      dryRun: false,
    },
    divide: () => ({ ok: true, lines: [{ sku, quantity: 1, netPrice: 10, warehouseId }], warnings: [] }),
  });

async function refusal(write: Promise<unknown>): Promise<CommandError> {
  const error: unknown = await write.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof CommandError)) throw new Error(`expected a CommandError, got ${String(error)}`);
  return error;
}

describe("write faults", () => {
  it("refuses a buyer's name cp1250 cannot hold, naming the column and value, never writing '?'", async () => {
    const before = await snapshotState(sandbox.db);
    const error = await refusal(order("FAULT-EMOJI", "Kasia 😀 Nowak"));
    expect(error.code).toBe("ERP_REFUSED");
    expect(error.message).toBe(
      `customer.adr__Ewid.adr_Nazwa: "Kasia 😀 Nowak" has 😀, which the ERP's code page (cp1250) cannot hold`,
    );
    expect(await snapshotState(sandbox.db)).toEqual(before);
    // Letters cp1250 lacks are written without their accents.
    const written = await order("FAULT-ACCENT", "Peña Nowak");
    const name = await sandbox.db
      .selectFrom("adr__Ewid")
      .select("adr_Nazwa")
      .where("adr_IdObiektu", "=", written.customer.id)
      .where("adr_TypAdresu", "=", 1)
      .executeTakeFirstOrThrow();
    expect(name.adr_Nazwa).toBe("Pena Nowak");
  });

  it("a NOT NULL column this database added without a default: ERP_REFUSED with its message and the column", async () => {
    await sql`alter table "dok__Dokument" add column "dok_NowaKolumna" int not null default 0`.execute(sandbox.db);
    await sql`alter table "dok__Dokument" alter column "dok_NowaKolumna" drop default`.execute(sandbox.db);
    try {
      const before = await snapshotState(sandbox.db);
      const error = await refusal(order("FAULT-NULL"));
      expect(error.code).toBe("ERP_REFUSED");
      expect(error.message).toMatch(
        /^dok__Dokument\.dok_NowaKolumna: the ERP refused: null value in column "dok_NowaKolumna"/,
      );
      expect(error.message).toMatch(/needs a value \(NOT NULL, no default on this database\)/);
      // One transaction: not even the new customer stays.
      expect(await snapshotState(sandbox.db)).toEqual(before);
    } finally {
      await sql`alter table "dok__Dokument" drop column "dok_NowaKolumna"`.execute(sandbox.db);
    }
  });

  it("a trigger that refuses the document: ERP_REFUSED with the trigger's message, nothing half-written", async () => {
    await sql`create function refuse_document() returns trigger language plpgsql as $$
      begin raise exception 'tr_DokDokument_Inserting: dokument zablokowany'; end $$`.execute(sandbox.db);
    await sql`create trigger "tr_Test" before insert on "dok__Dokument" for each row execute function refuse_document()`.execute(
      sandbox.db,
    );
    try {
      const before = await snapshotState(sandbox.db);
      const error = await refusal(order("FAULT-TRIGGER"));
      expect(error.code).toBe("ERP_REFUSED");
      expect(error.message).toBe(
        "erp: the ERP refused: tr_DokDokument_Inserting: dokument zablokowany (our reading: a trigger on this database refused the write)",
      );
      expect(await snapshotState(sandbox.db)).toEqual(before);
    } finally {
      await sql`drop trigger "tr_Test" on "dok__Dokument"`.execute(sandbox.db);
      await sql`drop function refuse_document()`.execute(sandbox.db);
    }
  });
});
