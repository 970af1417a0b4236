import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TReadPage } from "@erp-bridge/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createErpDb, type TErpDb } from "../../../apps/agent/src/erp/sql/create-erp-db.ts";
import { createDialectHelpers } from "../../../apps/agent/src/erp/sql/dialect-helpers.ts";
import type { TSubiektDatabase } from "../../../apps/agent/src/erp/subiekt-gt/schema/database.ts";
import { createSubiektReads } from "../../../apps/agent/src/erp/subiekt-gt/subiekt-reads.ts";
import { startDemoErp, type TDemoErp } from "../../../tools/demo-agent/demo-erp.ts";

let dataDir: string;
let erp: TDemoErp | undefined;
let erpDb: TErpDb<TSubiektDatabase> | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-demo-erp-"));
});
afterAll(async () => {
  await erpDb?.close();
  await erp?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("the demo agent's embedded ERP", () => {
  it("generates the sandbox on first start and reuses it on the next", async () => {
    const said: string[] = [];
    const first = await startDemoErp({ dataDir, say: (line) => said.push(line) });
    await first.stop();
    expect(said).toEqual([
      expect.stringMatching(/^Generating the ERP sandbox/),
      expect.stringMatching(/^Generated in/),
    ]);

    erp = await startDemoErp({ dataDir, say: (line) => said.push(line) });
    expect(said).toHaveLength(2);
    expect(erp).toMatchObject({ products: 500, warehouses: 5 });
  });

  it("serves the connector's reads over its one connection, with status checks in between as the agent sends them", async () => {
    if (!erp) throw new Error("no ERP");
    erpDb = createErpDb<TSubiektDatabase>({ url: erp.url });
    const db = erpDb.db;
    const reads = createSubiektReads({ db, helpers: createDialectHelpers({ dialect: erpDb.dialect }) });
    const ping = async () => (await sql<{ ok: number }>`select 1 as ok`.execute(db)).rows[0]?.ok;
    const rows: Record<string, number> = {};
    for (const resource of ["warehouses", "products", "prices", "stock", "customers", "documents"] as const) {
      let cursor: string | null = null;
      rows[resource] = 0;
      for (let done = false; !done;) {
        const [page, ok]: [TReadPage<unknown>, unknown] = await Promise.all([
          reads[resource]({ cursor, pageSize: 200 }),
          ping(),
        ]);
        expect(ok).toBe(1);
        rows[resource] += page.rows.length;
        cursor = page.cursor;
        done = page.done;
      }
    }
    expect(rows).toMatchObject({ warehouses: 5, products: 500, customers: 200 });
    expect(rows.stock).toBeGreaterThan(0);
    expect(rows.documents).toBeGreaterThan(500);
  });

  it("streams through a server-side cursor on that connection; a query sent meanwhile runs after it", async () => {
    if (!erpDb) throw new Error("no ERP connection");
    const db = erpDb.db;
    let streamed = 0;
    let meanwhile: Promise<unknown> | undefined;
    for await (const row of db.selectFrom("tw__Towar").select("tw_Id").orderBy("tw_Id").stream(50)) {
      streamed += row.tw_Id > 0 ? 1 : 0;
      meanwhile ??= sql`select count(*) as n from "sl_Magazyn"`.execute(db);
    }
    expect(streamed).toBe(500);
    expect(await meanwhile).toMatchObject({ rows: [{ n: 5 }] });
  });

  it("adds the settlements table to a demo ERP generated before it, and customers then owe nothing", async () => {
    if (!erp || !erpDb) throw new Error("no ERP");
    await sql`drop table "nz__Finanse"`.execute(erpDb.db);
    await erpDb.close();
    erpDb = undefined;
    await erp.stop();
    const said: string[] = [];
    erp = await startDemoErp({ dataDir, say: (line) => said.push(line) });
    expect(said).toEqual([expect.stringMatching(/^The demo ERP predates settlements/)]);
    erpDb = createErpDb<TSubiektDatabase>({ url: erp.url });
    const reads = createSubiektReads({ db: erpDb.db, helpers: createDialectHelpers({ dialect: erpDb.dialect }) });
    const page = await reads.customers({ cursor: null, pageSize: 10 });
    expect(page.rows.map((row) => [row.balance, row.overdueAmount])).toEqual(page.rows.map(() => [0, 0]));
  });
});
