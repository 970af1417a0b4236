import { describe, expect, it } from "vitest";
import { migrationDatabase } from "../../support/migration-database.ts";

/**
 * The migration that gives a company several integrations (issue 19), on real data: a database
 * migrated to the migration before it gets rows in every table it rekeys, for two companies;
 * after it, every row is still there and belongs to its company's integration.
 */
const MIGRATION = "20261207010250_integrations_per_company";

/** Every table the migration gives an integrationId, NOT NULL. */
const REKEYED = [
  "ErpProduct",
  "ErpPrice",
  "ErpStock",
  "ErpCustomer",
  "ErpDocument",
  "ErpDocumentLine",
  "ErpPromotion",
  "SyncState",
  "SyncRun",
  "ReportDocument",
  "ReportSalesDay",
  "ReportSalesMonth",
  "ReportCustomerMonth",
  "ReportProductDay",
  "ReportProductMonth",
  "ReportProductTotalMonth",
  "ReportProductTotalQuarter",
  "ReportProductGroup",
  "ReportGroupDay",
  "ReportGroupMonth",
];
/** Tables that get a nullable integrationId, filled from the company's integration. */
const ATTACHED = ["SalesChannel", "Order", "ErpFingerprint"];
const ROWS_PER_COMPANY = 3;

const database = migrationDatabase(MIGRATION);

describe("migration to several integrations per company", () => {
  it("keeps every row and files it under its company's integration", async () => {
    const companies = [await seedCompany("Alfa"), await seedCompany("Beta")];
    const before = await countRows([...REKEYED, ...ATTACHED, "AgentCommand", "Integration"]);
    expect(Object.values(before).every((n) => n > 0)).toBe(true);

    await database.applyMigration(MIGRATION);

    expect(await countRows([...REKEYED, ...ATTACHED, "AgentCommand", "Integration"])).toEqual(before);
    for (const table of [...REKEYED, ...ATTACHED]) {
      const { rows } = await database.client.query<{ companyId: string; integrationId: string | null }>(
        `SELECT "companyId", "integrationId" FROM "${table}"`,
      );
      for (const row of rows) {
        const company = companies.find((c) => c.companyId === row.companyId);
        expect({ table, integrationId: row.integrationId }).toEqual({ table, integrationId: company?.integrationId });
      }
    }
    const integrations = await database.client.query(`SELECT "name", "agentConnection" FROM "Integration"`);
    expect(integrations.rows).toEqual([
      { name: "Subiekt GT", agentConnection: "default" },
      { name: "Subiekt GT", agentConnection: "default" },
    ]);
    const commands = await database.client.query(`SELECT DISTINCT "connection" FROM "AgentCommand"`);
    expect(commands.rows).toEqual([{ connection: "default" }]);
  });

  it("lets a company have a second integration, its rows keyed apart from the first's", async () => {
    const { rows } = await database.client.query<{ companyId: string }>(
      `SELECT "companyId" FROM "Integration" LIMIT 1`,
    );
    const companyId = rows[0]!.companyId;
    const second = await database.client.query<{ id: string }>(
      `INSERT INTO "Integration" ("id", "companyId", "name", "erpType", "settings", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Optima', 'OPTIMA', '{}', now()) RETURNING "id"`,
      [companyId],
    );
    // The same ERP id in both integrations' copies: the key that used to be the company's now differs.
    const product = await database.client.query<{ erpId: number }>(
      `SELECT "erpId" FROM "ErpProduct" WHERE "companyId" = $1 LIMIT 1`,
      [companyId],
    );
    await database.client.query(
      `INSERT INTO "ErpProduct" SELECT (jsonb_populate_record(p, jsonb_build_object('integrationId', $2::uuid))).*
       FROM "ErpProduct" p WHERE "companyId" = $1 AND "erpId" = $3`,
      [companyId, second.rows[0]!.id, product.rows[0]!.erpId],
    );
    const both = await database.client.query(
      `SELECT count(*)::int AS n FROM "ErpProduct" WHERE "companyId" = $1 AND "erpId" = $2`,
      [companyId, product.rows[0]!.erpId],
    );
    expect(both.rows[0]).toEqual({ n: 2 });
  });
});

async function countRows(tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await database.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = rows[0]!.n;
  }
  return counts;
}

/**
 * A company with its integration, agent, a command, a channel with an order and a fingerprint,
 * and ROWS_PER_COMPANY rows in every rekeyed table, their other columns filled by type.
 */
async function seedCompany(name: string): Promise<{ companyId: string; integrationId: string }> {
  const company = await insertReturningId("Company", { name, updatedAt: new Date() });
  const agent = await insertReturningId("Agent", { companyId: company, name: `${name} agent` });
  const integration = await insertReturningId("Integration", {
    companyId: company,
    agentId: agent,
    settings: {},
    updatedAt: new Date(),
  });
  await fillRow("AgentCommand", { agentId: agent, companyId: company, idempotencyKey: `${name}-1` }, 1);
  const channel = await insertReturningId("SalesChannel", {
    companyId: company,
    name: `${name} store`,
    kind: "STORE",
    updatedAt: new Date(),
  });
  await fillRow("Order", { id: crypto.randomUUID(), companyId: company, channelId: channel }, 1);
  await fillRow("ErpFingerprint", { companyId: company }, 1);
  for (const table of REKEYED) {
    for (let n = 1; n <= ROWS_PER_COMPANY; n++) {
      // One state, and one pending run, per data group.
      const own = table.startsWith("Sync") ? { group: ["PRODUCTS", "PRICES", "STOCK"][n - 1] } : {};
      await fillRow(table, { companyId: company, ...own }, n);
    }
  }
  return { companyId: company, integrationId: integration };
}

async function insertReturningId(table: string, values: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(values);
  const { rows } = await database.client.query<{ id: string }>(
    `INSERT INTO "${table}" ("id", ${columns.map((c) => `"${c}"`).join(", ")})
     VALUES (gen_random_uuid(), ${columns.map((_, i) => `$${i + 1}`).join(", ")}) RETURNING "id"`,
    columns.map((c) => values[c]),
  );
  return rows[0]!.id;
}

/** One row with the given values; every other required column gets a value of its type from n. */
async function fillRow(table: string, given: Record<string, unknown>, n: number): Promise<void> {
  const { rows: columns } = await database.client.query<{ column_name: string; data_type: string; udt_name: string }>(
    `SELECT column_name, data_type, udt_name FROM information_schema.columns
     WHERE table_name = $1 AND is_nullable = 'NO' AND column_default IS NULL`,
    [table],
  );
  const values: Record<string, unknown> = { ...given };
  for (const column of columns) {
    if (column.column_name in values) continue;
    values[column.column_name] = await valueOf(column.data_type, column.udt_name, n);
  }
  const names = Object.keys(values);
  await database.client.query(
    `INSERT INTO "${table}" (${names.map((c) => `"${c}"`).join(", ")})
     VALUES (${names.map((_, i) => `$${i + 1}`).join(", ")})`,
    names.map((c) => values[c]),
  );
}

async function valueOf(dataType: string, udtName: string, n: number): Promise<unknown> {
  switch (dataType) {
    case "integer":
    case "bigint":
    case "numeric":
      return n;
    case "boolean":
      return false;
    case "date":
      return `2026-0${n}-01`;
    case "timestamp without time zone":
      return new Date();
    case "jsonb":
      return {};
    case "ARRAY":
      return [];
    case "uuid":
      return crypto.randomUUID();
    case "USER-DEFINED": {
      const { rows } = await database.client.query<{ label: string }>(
        `SELECT enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = $1
         ORDER BY e.enumsortorder LIMIT 1`,
        [udtName],
      );
      return rows[0]!.label;
    }
    default:
      return `v${n}`;
  }
}
