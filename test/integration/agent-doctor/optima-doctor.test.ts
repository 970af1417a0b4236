import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTs } from "../../support/run-process.ts";
import { createOptimaSandbox } from "../optima-reads/optima-fixture.ts";

let sandbox: Awaited<ReturnType<typeof createOptimaSandbox>>;
let dir: string;
let configPath: string;

beforeAll(async () => {
  sandbox = await createOptimaSandbox();
  dir = await mkdtemp(path.join(os.tmpdir(), "optima-doctor-"));
  configPath = path.join(dir, "agent.json");
  const config = {
    portalUrl: "https://portal.example.pl",
    credential: "c",
    journalDir: "journal",
    erpUrl: "postgres://nobody@127.0.0.1:1/subiekt",
    connections: [{ key: "partner", erpType: "optima", erpUrl: sandbox.url }],
  };
  await writeFile(configPath, JSON.stringify(config), { mode: 0o600 });
});
afterAll(async () => {
  await sandbox?.drop();
  await rm(dir, { recursive: true, force: true });
});

const doctor = (...args: string[]) =>
  runTs({ entry: "apps/agent/src/main.ts", args: ["doctor", ...args], env: { PATH: process.env.PATH } });

describe("agent doctor on a Comarch ERP Optima database", () => {
  it("passes the sandbox, by URL and type or by the config file's connection", async () => {
    for (const result of [
      await doctor("--erp-url", sandbox.url, "--erp-type", "optima"),
      await doctor("--config", configPath, "--connection", "partner"),
    ]) {
      expect(result.stdout).toMatch(/OK {4}connection: postgres database reachable \(Comarch ERP Optima\)/);
      expect(result.stdout).toMatch(/OK {4}table CDN\.TwrIlosci: 7 columns read, readable/);
      expect(result.stdout).toMatch(/Verdict: ready/);
      expect(result.code).toBe(0);
    }
  });

  it("names a missing column and a missing table", async () => {
    await sql.raw(`ALTER TABLE "CDN"."TwrIlosci" RENAME COLUMN "TwI_Rezerwacje" TO "TwI_Rez"`).execute(sandbox.db);
    await sql.raw(`ALTER TABLE "CDN"."TwrEan" RENAME TO "TwrEanOld"`).execute(sandbox.db);
    try {
      const result = await doctor("--config", configPath, "--connection", "partner");
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/FAIL {2}table CDN\.TwrIlosci: missing columns: TwI_Rezerwacje/);
      expect(result.stdout).toMatch(/FAIL {2}table CDN\.TwrEan: missing/);
      expect(result.stdout).toMatch(/Verdict: NOT ready/);
    } finally {
      await sql.raw(`ALTER TABLE "CDN"."TwrIlosci" RENAME COLUMN "TwI_Rez" TO "TwI_Rezerwacje"`).execute(sandbox.db);
      await sql.raw(`ALTER TABLE "CDN"."TwrEanOld" RENAME TO "TwrEan"`).execute(sandbox.db);
    }
  });

  it("names an unknown connection, and refuses the write preflight on Optima", async () => {
    const unknown = await doctor("--config", configPath, "--connection", "branch");
    expect(unknown.stderr).toMatch(/--connection: "branch" is not in .*agent\.json \(it lists: "default", "partner"\)/);
    expect(unknown.code).toBe(1);
    const writes = await doctor("--config", configPath, "--connection", "partner", "--writes");
    expect(writes.stderr).toMatch(/--writes: a Comarch ERP Optima connection is read-only for now/);
    expect(writes.code).toBe(1);
  });
});
