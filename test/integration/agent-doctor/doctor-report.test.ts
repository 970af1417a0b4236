import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockedWrites, ZDoctorFingerprint } from "@erp-bridge/shared";
import { runTs } from "../../support/run-process.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let folder: string;

beforeAll(async () => {
  sandbox = await createSandbox({ size: SMALL_SANDBOX });
  folder = await mkdtemp(path.join(tmpdir(), "doctor-report-"));
}, 120_000);

afterAll(async () => {
  await sandbox.drop();
  await rm(folder, { recursive: true, force: true });
});

async function doctorReport(options: { erpUrl: string; file: string }) {
  const result = await runTs({
    entry: "apps/agent/src/main.ts",
    args: ["doctor", "--erp-url", options.erpUrl, "--report", options.file],
    env: { PATH: process.env.PATH },
  });
  const text = await readFile(options.file, "utf8").catch(() => null);
  return { ...result, text, fingerprint: text === null ? null : ZDoctorFingerprint.parse(JSON.parse(text)) };
}

const blocksOf = (fingerprint: unknown) =>
  Object.fromEntries(blockedWrites(ZDoctorFingerprint.parse(fingerprint)).map((v) => [v.write, v.blocks]));

describe("agent doctor --report", () => {
  it("writes the strict sandbox's fingerprint, which blocks none of our writes and holds no client data", async () => {
    const file = path.join(folder, "ready.json");
    const result = await doctorReport({ erpUrl: sandbox.url, file });
    expect(result.stdout).toMatch(/Verdict: ready/);
    expect(result.stdout).toMatch(/OK {4}procedure spIdentyfikator: spIdentyfikator\(name text, count integer\)/);
    expect(result.stdout).toContain(`Fingerprint written to ${file}`);
    expect(result.code).toBe(0);

    const fingerprint = result.fingerprint;
    expect(fingerprint?.server).toMatchObject({ kind: "postgresql", encoding: "UTF8" });
    expect(fingerprint?.server.version).toMatch(/^PostgreSQL \d+/);
    expect(fingerprint?.verdict.ready).toBe(true);
    expect(fingerprint?.procedures).toContainEqual({
      schema: "public",
      name: "spIdentyfikator",
      parameters: [
        { name: "name", type: "text", output: false },
        { name: "count", type: "integer", output: false },
      ],
    });
    expect(fingerprint?.numbering).toContainEqual({
      document: "MM",
      known: true,
      period: "year",
      warehouse: true,
      extension: false,
    });
    expect(fingerprint?.requiredColumns).toContainEqual({
      table: "dok__Dokument",
      column: "dok_DataMag",
      supplied: true,
    });
    expect(Object.values(blocksOf(fingerprint)).flat()).toEqual([]);

    // Schema facts only: none of the sandbox's customers, products or documents is in the file.
    const { rows } = await sql<{ text: string }>`
      (select "adr_Nazwa" as text from "adr__Ewid" where "adr_Nazwa" <> '' limit 20)
      union all (select "tw_Nazwa" from "tw__Towar" limit 20)
      union all (select "dok_NrPelny" from "dok__Dokument" limit 20)`.execute(sandbox.db);
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) expect(result.text).not.toContain(`"${row.text}"`);
  });

  it("names the column a broken database would refuse our customer write on, and only that write", async () => {
    await sql
      .raw(`ALTER TABLE "adr__Ewid" ADD COLUMN "adr_PoleKlienta" varchar(20) NOT NULL DEFAULT ''`)
      .execute(sandbox.db);
    await sql.raw(`ALTER TABLE "adr__Ewid" ALTER COLUMN "adr_PoleKlienta" DROP DEFAULT`).execute(sandbox.db);
    try {
      const file = path.join(folder, "broken.json");
      const result = await doctorReport({ erpUrl: sandbox.url, file });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/FAIL {2}required columns: .*adr__Ewid\.adr_PoleKlienta$/m);
      expect(result.fingerprint?.verdict.ready).toBe(false);
      expect(result.fingerprint?.requiredColumns).toContainEqual({
        table: "adr__Ewid",
        column: "adr_PoleKlienta",
        supplied: false,
      });
      const blocks = blocksOf(result.fingerprint);
      expect(blocks.customer).toEqual([
        { code: "requiredColumn", params: { table: "adr__Ewid", column: "adr_PoleKlienta" } },
      ]);
      expect(blocks.ZK).toEqual([]);
      expect(blocks.MM).toEqual([]);
    } finally {
      await sql.raw(`ALTER TABLE "adr__Ewid" DROP COLUMN "adr_PoleKlienta"`).execute(sandbox.db);
    }
  });

  it("blocks the document type whose numbering setting the writer would refuse", async () => {
    await sql
      .raw(`UPDATE "nr_Parametr" SET "np_NrDzien" = true WHERE "np_Typ" = 21 AND "np_DefiniowalnyId" = 0`)
      .execute(sandbox.db);
    try {
      const result = await doctorReport({ erpUrl: sandbox.url, file: path.join(folder, "numbering.json") });
      const blocks = blocksOf(result.fingerprint);
      expect(blocks.PA).toEqual([
        {
          code: "numbering",
          params: { document: "PA", setting: "np_NrDzien", reason: expect.stringContaining("np_NrDzien") },
        },
      ]);
      expect(blocks.FS).toEqual([]);
    } finally {
      await sql
        .raw(`UPDATE "nr_Parametr" SET "np_NrDzien" = false WHERE "np_Typ" = 21 AND "np_DefiniowalnyId" = 0`)
        .execute(sandbox.db);
    }
  });

  it("writes no file when the database cannot be reached", async () => {
    const file = path.join(folder, "unreachable.json");
    const result = await doctorReport({ erpUrl: "postgres://nobody@127.0.0.1:1/none", file });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/No fingerprint written: the ERP database could not be reached/);
    expect(result.text).toBeNull();
  });
});
