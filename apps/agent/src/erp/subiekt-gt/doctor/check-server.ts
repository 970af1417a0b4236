import { sql, type Kysely } from "kysely";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import type { TDoctorCheck } from "./doctor-check.ts";

/** Subiekt GT databases use this collation; another one sorts and compares Polish text differently. */
const EXPECTED_COLLATION = "Polish_CI_AS";

/** Server version and collation: what support asks first when something behaves oddly. */
export async function checkServer(options: { db: Kysely<unknown>; dialect: TErpDialect }): Promise<TDoctorCheck[]> {
  if (options.dialect === "postgres") {
    const { rows } = await sql<{ version: string; collation: string }>`
      select version() as version, datcollate as collation from pg_database where datname = current_database()`.execute(
      options.db,
    );
    const row = rows[0];
    return [
      { name: "server", level: "ok", detail: `PostgreSQL sandbox: ${row?.version ?? "unknown"}` },
      { name: "collation", level: "ok", detail: `${row?.collation ?? "unknown"} (sandbox)` },
    ];
  }
  const { rows } = await sql<{ version: string; collation: string; edition: string }>`
    select cast(serverproperty('ProductVersion') as varchar(128)) as version,
           cast(serverproperty('Edition') as varchar(128)) as edition,
           cast(databasepropertyex(db_name(), 'Collation') as varchar(128)) as collation`.execute(options.db);
  const row = rows[0];
  const collation = row?.collation ?? "unknown";
  return [
    { name: "server", level: "ok", detail: `SQL Server ${row?.version ?? "?"} ${row?.edition ?? ""}`.trim() },
    {
      name: "collation",
      level: collation === EXPECTED_COLLATION ? "ok" : "warn",
      detail:
        collation === EXPECTED_COLLATION ? collation : `${collation}; Subiekt GT normally uses ${EXPECTED_COLLATION}`,
    },
  ];
}
