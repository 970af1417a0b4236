import { describe, expect, it } from "vitest";
import { insertCompany, migrationDatabase } from "../../support/migration-database.ts";

/**
 * The migration that gives each integration its own setup draft (issue 19), on real data: the
 * draft a company kept targets its first integration (the one the wizard compared it against), or
 * a new one when the company has none; afterwards one draft per integration and one new one per
 * company are allowed.
 */
const MIGRATION = "20261207043502_setup_draft_per_integration";

const database = migrationDatabase(MIGRATION);

describe("migration to a setup draft per integration", () => {
  it("keeps each draft, targeting its company's first integration or a new one", async () => {
    const withIntegrations = await insertCompany(database.client, "Alfa");
    const older = await insertIntegration(withIntegrations, "Subiekt GT", "2026-01-01");
    await insertIntegration(withIntegrations, "Optima", "2026-02-01");
    const without = await insertCompany(database.client, "Beta");
    await insertDraft(withIntegrations, "a");
    await insertDraft(without, "b");

    await database.applyMigration(MIGRATION);

    const { rows } = await database.client.query(
      `SELECT "id", "companyId", "integrationId", "checkedSteps" FROM "SetupDraft" ORDER BY "updatedBy"`,
    );
    expect(rows).toEqual([
      { id: expect.any(String), companyId: withIntegrations, integrationId: older, checkedSteps: ["agent"] },
      { id: expect.any(String), companyId: without, integrationId: null, checkedSteps: ["agent"] },
    ]);

    // One draft per integration, one of a new integration per company; a new one beside an integration's.
    await expect(insertDraft(withIntegrations, "c", { integrationId: older })).rejects.toThrow(
      /SetupDraft_integrationId_key/,
    );
    await expect(insertDraft(without, "c", { integrationId: null })).rejects.toThrow(/SetupDraft_one_new_integration/);
    await insertDraft(withIntegrations, "c", { integrationId: null });
  });
});

async function insertIntegration(companyId: string, name: string, createdAt: string): Promise<string> {
  const { rows } = await database.client.query<{ id: string }>(
    `INSERT INTO "Integration" ("id", "companyId", "name", "settings", "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, '{}', $3, now()) RETURNING "id"`,
    [companyId, name, createdAt],
  );
  return rows[0]!.id;
}

/**
 * A draft as the wizard kept it, by `by`; `target` after the migration: the integration it sets up
 * (null: a new one).
 */
async function insertDraft(companyId: string, by: string, target?: { integrationId: string | null }): Promise<void> {
  const values: Record<string, unknown> = {
    companyId,
    settings: "{}",
    samples: "{}",
    checkedSteps: ["agent"],
    baseVersion: 0,
    updatedBy: by,
    updatedAt: new Date(),
    ...(target && { id: crypto.randomUUID(), integrationId: target.integrationId }),
  };
  const columns = Object.keys(values);
  await database.client.query(
    `INSERT INTO "SetupDraft" (${columns.map((c) => `"${c}"`).join(", ")})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
    columns.map((c) => values[c]),
  );
}
