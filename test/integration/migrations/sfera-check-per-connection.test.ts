import { describe, expect, it } from "vitest";
import { insertCompany, migrationDatabase } from "../../support/migration-database.ts";

/**
 * The migration that keeps the last Sfera check per agent connection (issue 19), on real rows: the
 * check an agent kept is its default connection's (the only one it served when it was written);
 * afterwards each connection keeps its own, and an agent's checks go with it.
 */
const MIGRATION = "20261207075756_sfera_check_per_connection";
const CHECK = { configured: true, ok: true, checkedAt: "2026-12-01T10:00:00.000Z", lines: ["verdict: ready"] };

const database = migrationDatabase(MIGRATION);

async function insertAgent(companyId: string, name: string, sferaCheck: object | null): Promise<string> {
  const { rows } = await database.client.query<{ id: string }>(
    `INSERT INTO "Agent" ("id", "companyId", "name", "sferaCheck") VALUES (gen_random_uuid(), $1, $2, $3) RETURNING "id"`,
    [companyId, name, sferaCheck && JSON.stringify(sferaCheck)],
  );
  return rows[0]?.id ?? "";
}

describe("migration to a Sfera check per agent connection", () => {
  it("keeps each agent's check as its default connection's; then each connection keeps its own", async () => {
    const companyId = await insertCompany(database.client, "Alfa");
    const checked = await insertAgent(companyId, "Sprawdzony", CHECK);
    await insertAgent(companyId, "Niesprawdzony", null);

    await database.applyMigration(MIGRATION);

    const { rows } = await database.client.query(`SELECT "agentId", "connection", "result" FROM "AgentSferaCheck"`);
    expect(rows).toEqual([{ agentId: checked, connection: "default", result: CHECK }]);
    await database.client.query(
      `INSERT INTO "AgentSferaCheck" ("agentId", "connection", "result") VALUES ($1, 'branch', $2)`,
      [checked, JSON.stringify({ ...CHECK, ok: false })],
    );
    await expect(
      database.client.query(
        `INSERT INTO "AgentSferaCheck" ("agentId", "connection", "result") VALUES ($1, 'branch', '{}')`,
        [checked],
      ),
    ).rejects.toThrow(/AgentSferaCheck_pkey/);
    await database.client.query(`DELETE FROM "Agent" WHERE "id" = $1`, [checked]);
    expect((await database.client.query(`SELECT 1 FROM "AgentSferaCheck"`)).rowCount).toBe(0);
  });
});
