import { PREFLIGHT_DOCUMENTS, ZErpWritesPreflightResult, type TErpWritesPreflightResult } from "@erp-bridge/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMAND_HANDLERS } from "../../../apps/agent/src/commands/registry.ts";
import { createSubiektConnector } from "../../../apps/agent/src/erp/subiekt-gt/subiekt-connector.ts";
import type { TErpConnector } from "../../../apps/agent/src/erp/erp-connector.ts";
import { createLogger } from "../../../apps/agent/src/log.ts";
import { runTs } from "../../support/run-process.ts";
import type { createSandbox } from "../erp-sandbox/sandbox-fixture.ts";
import { snapshotState } from "./invariants.ts";
import { openWritesSandbox } from "./writes-fixture.ts";

/** The write preflight (issue 13.6) through the agent's command, on the strict sandbox: shown, then gone. */
let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let erp: TErpConnector;
beforeAll(async () => {
  sandbox = (await openWritesSandbox()).sandbox;
  erp = createSubiektConnector({ erpUrl: sandbox.url, sfera: undefined, log: createLogger({ level: "error" }) });
});
afterAll(async () => sandbox?.drop());

async function preflight(input: unknown): Promise<TErpWritesPreflightResult> {
  const prepared = COMMAND_HANDLERS["erp.writes.preflight"].prepare(input);
  if (!prepared.ok) throw new Error(prepared.message);
  const result = await prepared.run({
    erp,
    signal: new AbortController().signal,
    resumeFromPage: 0,
    emitPage: () => Promise.resolve(),
  });
  return ZErpWritesPreflightResult.parse(result);
}

/** Everything a write touches, id counters and reserved numbers included, to prove the preflight left nothing. */
async function wholeState() {
  const { rows } = await sql<{ ids: string; reserved: string }>`select
    (select md5(string_agg(t::text, '|' order by t::text)) from "ins_ident" t) as ids,
    (select count(*)::text from "nr_NrRez") as reserved`.execute(sandbox.db);
  return { ...(await snapshotState(sandbox.db)), ...rows[0] };
}

const doctorWrites = () =>
  runTs({
    entry: "apps/agent/src/main.ts",
    args: ["doctor", "--writes", "--erp-url", sandbox.url],
    env: { PATH: process.env.PATH },
  });

describe("write preflight", () => {
  it("shows every document the ERP would get, and leaves the ERP as it was, id counters included", async () => {
    const before = await wholeState();
    const result = await preflight({ documents: [...PREFLIGHT_DOCUMENTS] });
    expect(result.verdicts.map((v) => v.document)).toEqual([...PREFLIGHT_DOCUMENTS]);
    for (const verdict of result.verdicts) {
      if (!verdict.ok) throw new Error(`${verdict.document}: ${verdict.error.message}`);
      if (verdict.document === "customer") {
        expect(verdict.written.number).toMatch(/^PF-[0-9A-F]{8}$/);
        continue;
      }
      expect(verdict.written.type).toBe(verdict.document === "ZK_reserved" ? "ZK" : verdict.document);
      expect(verdict.written.number).toMatch(new RegExp(`^${verdict.written.type} \\d+`));
      expect(verdict.written.lines).toBe(1);
      expect(verdict.written.customer).toMatch(/^PF-/);
    }
    expect(result.sample.sku).not.toBeNull();
    expect(await wholeState()).toEqual(before);
  });

  it("a NOT NULL column the writer omits: each document fails with the ERP's message naming table.column, nothing stays", async () => {
    await sql`alter table "dok__Dokument" add column "dok_Preflight" int not null default 0`.execute(sandbox.db);
    await sql`alter table "dok__Dokument" alter column "dok_Preflight" drop default`.execute(sandbox.db);
    try {
      const before = await wholeState();
      const result = await preflight({ documents: ["customer", "ZK", "KFS"] });
      const [customer, zk, kfs] = result.verdicts;
      expect(customer?.ok).toBe(true);
      expect(zk).toMatchObject({ document: "ZK", ok: false, error: { code: "ERP_REFUSED" } });
      expect(zk?.ok === false && zk.error.message).toMatch(/^dok__Dokument\.dok_Preflight: the ERP refused: /);
      // The KFS was never tried: the ZK it follows failed first, and says so.
      expect(kfs?.ok === false && kfs.error.message).toMatch(/^ZK \(written first\): dok__Dokument\.dok_Preflight/);
      expect(await wholeState()).toEqual(before);

      const cli = await doctorWrites();
      expect(cli.code).toBe(1);
      expect(cli.stdout).toMatch(/OK {4}customer {4}would be customer PF-/);
      expect(cli.stdout).toMatch(/FAIL {2}ZK {10}ERP_REFUSED: dok__Dokument\.dok_Preflight/);
      expect(cli.stdout).toMatch(/Verdict: the ERP REFUSES some writes/);
    } finally {
      await sql`alter table "dok__Dokument" drop column "dok_Preflight"`.execute(sandbox.db);
    }
  });

  it("agent doctor --writes prints each document's verdict and exits 0 when the ERP takes them all", async () => {
    const cli = await doctorWrites();
    expect(cli.stderr).toBe("");
    for (const document of ["ZK", "ZK_reserved", "MM", "FS", "PA", "KFS"]) {
      const type = document === "ZK_reserved" ? "ZK" : document;
      expect(cli.stdout).toMatch(new RegExp(`OK {4}${document} +would be ${type} \\S+, 1 line\\(s\\), customer PF-`));
    }
    expect(cli.stdout).toMatch(/Verdict: the ERP accepts every write/);
    expect(cli.code).toBe(0);
  });
});
