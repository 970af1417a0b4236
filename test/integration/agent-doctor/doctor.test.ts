import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxSchema } from "../../../apps/agent/src/erp/subiekt-gt/sandbox/create-sandbox-schema.ts";
import { openSandbox } from "../../../apps/agent/src/erp/subiekt-gt/sandbox/open-sandbox.ts";
import { runTs } from "../../support/run-process.ts";
import { createTestDatabase } from "../../support/test-database.ts";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const role = `doctor_${randomBytes(4).toString("hex")}`;

beforeAll(async () => {
  database = await createTestDatabase("erp_doctor");
  const db = openSandbox({ url: database.url });
  await createSandboxSchema({ db });
  // Subiekt's numbering rows for the documents the writer numbers: monthly, MM yearly per warehouse.
  await sql
    .raw(
      `INSERT INTO "nr_Parametr" ("np_Typ", "np_NrRoz", "np_NrSymbolRej", "np_NrMiesiac", "np_NrRok", "np_NrLuka",
    "np_NrRodzaj", "np_NrSymbolUzyt", "np_DefiniowalnyId", "np_NrDzien")
    SELECT t, false, t = 9, t <> 9, t = 9, 0, 0, false, 0, false FROM unnest(ARRAY[16, 2, 21, 6, 9]) t`,
    )
    .execute(db);
  // A login that may only read products and documents: the doctor must name what else it lacks.
  await sql.raw(`CREATE ROLE ${role} LOGIN`).execute(db);
  await sql.raw(`GRANT SELECT ON "tw__Towar", "dok__Dokument" TO ${role}`).execute(db);
  await db.destroy();
});

afterAll(async () => {
  await database.drop();
  const db = openSandbox({ url: database.url.replace(/\/[^/]*$/, "/postgres") });
  await sql.raw(`DROP ROLE IF EXISTS ${role}`).execute(db);
  await db.destroy();
});

const doctor = (erpUrl: string) =>
  runTs({ entry: "apps/agent/src/main.ts", args: ["doctor", "--erp-url", erpUrl], env: { PATH: process.env.PATH } });

describe("agent doctor", () => {
  it("passes a complete Subiekt database and says so", async () => {
    const result = await doctor(database.url);
    expect(result.stdout).toMatch(/Verdict: ready/);
    expect(result.stdout).toMatch(/OK {4}table tw__Towar: \d+ columns/);
    expect(result.stdout).toMatch(/OK {4}required columns: every NOT NULL column without a default is written/);
    expect(result.code).toBe(0);
  });

  it("names a dropped column and a missing table after an 'upgrade'", async () => {
    const db = openSandbox({ url: database.url });
    await sql.raw(`ALTER TABLE "tw__Towar" RENAME COLUMN "tw_Symbol" TO "tw_SymbolNew"`).execute(db);
    await sql.raw(`ALTER TABLE "dok_Vat" RENAME TO "dok_VatOld"`).execute(db);
    try {
      const result = await doctor(database.url);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/FAIL {2}table tw__Towar: missing columns: tw_Symbol/);
      expect(result.stdout).toMatch(/FAIL {2}table dok_Vat: missing/);
      expect(result.stdout).toMatch(/WARN {2}least privilege/);
      expect(result.stdout).toMatch(/Verdict: NOT ready/);
    } finally {
      await sql.raw(`ALTER TABLE "tw__Towar" RENAME COLUMN "tw_SymbolNew" TO "tw_Symbol"`).execute(db);
      await sql.raw(`ALTER TABLE "dok_VatOld" RENAME TO "dok_Vat"`).execute(db);
      await db.destroy();
    }
  });

  it("names a NOT NULL column without a default that the writer's insert would not supply", async () => {
    const db = openSandbox({ url: database.url });
    await sql.raw(`ALTER TABLE "dok__Dokument" ADD COLUMN "dok_PoleFirmyX" int NOT NULL DEFAULT 0`).execute(db);
    await sql.raw(`ALTER TABLE "dok__Dokument" ALTER COLUMN "dok_PoleFirmyX" DROP DEFAULT`).execute(db);
    try {
      const result = await doctor(database.url);
      expect(result.stdout).toMatch(
        /FAIL {2}required columns: NOT NULL without a default here, and the writer's insert does not supply: dok__Dokument\.dok_PoleFirmyX$/m,
      );
      expect(result.code).toBe(1);
    } finally {
      await sql.raw(`ALTER TABLE "dok__Dokument" DROP COLUMN "dok_PoleFirmyX"`).execute(db);
      await db.destroy();
    }
  });

  it("lists triggers by table and each numbering scheme, failing one it would refuse by its setting", async () => {
    const db = openSandbox({ url: database.url });
    await sql.raw(`UPDATE "nr_Parametr" SET "np_NrSymbolUzyt" = true WHERE "np_Typ" = 2`).execute(db);
    try {
      const result = await doctor(database.url);
      expect(result.stdout).toMatch(/OK {4}numbering MM: yearly series per warehouse/);
      expect(result.stdout).toMatch(/FAIL {2}numbering FS: nr_Parametr of FS: np_NrSymbolUzyt = 1/);
      expect(result.stdout).toMatch(/OK {4}triggers: none on the tables the writer inserts into/);
    } finally {
      await sql.raw(`UPDATE "nr_Parametr" SET "np_NrSymbolUzyt" = false WHERE "np_Typ" = 2`).execute(db);
      await db.destroy();
    }
  });

  it("compares names without case, as SQL Server's catalogue does (rt_id vs rt_Id, SL_MAGAZYN)", async () => {
    const db = openSandbox({ url: database.url });
    await sql.raw(`ALTER TABLE "sl_Magazyn" RENAME COLUMN "mag_Symbol" TO "MAG_SYMBOL"`).execute(db);
    await sql.raw(`ALTER TABLE "sl_Rabat" RENAME TO "SL_RABAT"`).execute(db);
    try {
      const result = await doctor(database.url);
      expect(result.stdout).toMatch(/OK {4}table sl_Magazyn: \d+ columns/);
      expect(result.stdout).toMatch(/OK {4}table sl_Rabat: \d+ columns/);
      expect(result.stdout).toMatch(/Verdict: ready/);
    } finally {
      await sql.raw(`ALTER TABLE "sl_Magazyn" RENAME COLUMN "MAG_SYMBOL" TO "mag_Symbol"`).execute(db);
      await sql.raw(`ALTER TABLE "SL_RABAT" RENAME TO "sl_Rabat"`).execute(db);
      await db.destroy();
    }
  });

  it("names what a limited login cannot reach", async () => {
    const url = new URL(database.url);
    url.username = role;
    const result = await doctor(url.toString());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/FAIL {2}table tw_Cena: missing, or not visible to this login/);
    expect(result.stdout).toMatch(/OK {4}table tw__Towar/);
    expect(result.stdout).toMatch(/FAIL {2}permissions: missing: INSERT on dok__Dokument; UPDATE on dok__Dokument/);
    expect(result.stdout).not.toMatch(/least privilege/);
  });

  it("explains an unreachable database in one line", async () => {
    const result = await doctor("postgres://nobody@127.0.0.1:1/none");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/FAIL {2}connection: /);
  });
});
