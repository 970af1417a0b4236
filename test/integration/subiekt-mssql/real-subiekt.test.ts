import { blockedWrites, ERP_ROW_SCHEMAS, ZErpProductsFindResult, ZErpResource } from "@erp-bridge/shared";
import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { readFingerprint } from "../../../apps/agent/src/erp/subiekt-gt/doctor/read-fingerprint.ts";
import { runDoctor } from "../../../apps/agent/src/erp/subiekt-gt/doctor/run-doctor.ts";
import { findProducts } from "../../../apps/agent/src/erp/subiekt-gt/reads/find-products.ts";
import type { TSubiektDatabase } from "../../../apps/agent/src/erp/subiekt-gt/schema/database.ts";
import { createSubiektReads } from "../../../apps/agent/src/erp/subiekt-gt/subiekt-reads.ts";
import { createErpDb } from "../../../apps/agent/src/erp/sql/create-erp-db.ts";
import { createDialectHelpers } from "../../../apps/agent/src/erp/sql/dialect-helpers.ts";

/**
 * Against a real Subiekt GT database on SQL Server (MSSQL_TEST_URL, e.g. a copy of a demo
 * company): only reads, so it is safe on any copy. Without the variable every test here is
 * reported as skipped, so a run without SQL Server says so in its summary.
 */
const url = process.env.MSSQL_TEST_URL;
const erp = url ? createErpDb<TSubiektDatabase>({ url }) : null;
afterAll(async () => erp?.close());

describe("the connector on a real SQL Server (MSSQL_TEST_URL)", () => {
  it.skipIf(!url)("doctor finds every table and column the connector uses", async () => {
    const report = await runDoctor({ erpUrl: url ?? "" });
    expect(report.checks.filter((check) => check.level === "fail")).toEqual([]);
  });

  it.skipIf(!url)(
    "doctor --report: the fingerprint reads SQL Server's catalogue and blocks none of our writes",
    async () => {
      if (!url) throw new Error("MSSQL_TEST_URL is not set");
      const verdict = await runDoctor({ erpUrl: url });
      const catalogue = createErpDb<unknown>({ url });
      const fingerprint = await readFingerprint({ ...catalogue, verdict, agentVersion: "test" }).finally(
        catalogue.close,
      );
      expect(fingerprint.server.kind).toBe("sqlserver");
      expect(fingerprint.server.collation).not.toBe("unknown");
      const ids = fingerprint.procedures.find((procedure) => procedure.name === "spIdentyfikator");
      expect(ids?.parameters.map((parameter) => parameter.output)).toEqual([false, false, true]);
      expect(blockedWrites(fingerprint).flatMap((write) => write.blocks)).toEqual([]);
    },
  );

  it.skipIf(!erp).each(ZErpResource.options)("%s: the first page parses as the ERP-neutral type", async (name) => {
    const schema: z.ZodType = ERP_ROW_SCHEMAS[name];
    if (!erp) throw new Error("MSSQL_TEST_URL is not set");
    const reads = createSubiektReads({ db: erp.db, helpers: createDialectHelpers({ dialect: erp.dialect }) });
    const page = await reads[name]({ cursor: null, pageSize: 200 });
    for (const row of page.rows) expect(schema.safeParse(row).success).toBe(true);
  });

  it.skipIf(!erp)("erp.products.find: finds read products by SKU and by EAN, with stock and prices", async () => {
    if (!erp) throw new Error("MSSQL_TEST_URL is not set");
    const helpers = createDialectHelpers({ dialect: erp.dialect });
    const products = await createSubiektReads({ db: erp.db, helpers }).products({ cursor: null, pageSize: 200 });
    const sample = products.rows.filter((product) => product.ean !== null).slice(0, 20);
    if (sample.length === 0) throw new Error("the database has no product with an EAN");
    const bySku = await findProducts({ db: erp.db, helpers, by: "sku", codes: sample.map((product) => product.sku) });
    expect(ZErpProductsFindResult.safeParse(bySku).success).toBe(true);
    expect(bySku.missing).toEqual([]);
    expect(bySku.products.map((product) => product.id)).toEqual(expect.arrayContaining(sample.map((p) => p.id)));
    const byEan = await findProducts({ db: erp.db, helpers, by: "ean", codes: [sample[0]?.ean ?? "", "NO-SUCH-EAN"] });
    expect(byEan.missing).toEqual(["NO-SUCH-EAN"]);
    expect(byEan.products.map((product) => product.id)).toContain(sample[0]?.id);
  });
});
