import { sql, type Kysely } from "kysely";
import type { TDoctorFingerprint } from "@erp-bridge/shared";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import type { TDoctorCheck } from "./doctor-check.ts";

/** Subiekt GT databases use this collation; another one sorts and compares Polish text differently. */
const EXPECTED_COLLATION = "Polish_CI_AS";

export type TServerFacts = TDoctorFingerprint["server"];

type TServerRow = { version: string | null; edition: string | null; collation: string | null; encoding: string | null };

/** The server's version and edition, the database's collation (and the sandbox's encoding). */
export function serverQuery(dialect: TErpDialect) {
  return dialect === "mssql"
    ? sql<TServerRow>`select cast(serverproperty('ProductVersion') as varchar(128)) as version,
        cast(serverproperty('Edition') as varchar(128)) as edition,
        cast(databasepropertyex(db_name(), 'Collation') as varchar(128)) as collation,
        cast(null as varchar(64)) as encoding`
    : sql<TServerRow>`select version() as version, null as edition, datcollate as collation,
        pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()`;
}

export async function readServer(options: { db: Kysely<unknown>; dialect: TErpDialect }): Promise<TServerFacts> {
  const { rows } = await serverQuery(options.dialect).execute(options.db);
  const row = rows[0];
  return {
    kind: options.dialect === "mssql" ? "sqlserver" : "postgresql",
    version: row?.version ?? "unknown",
    edition: row?.edition ?? null,
    collation: row?.collation ?? "unknown",
    encoding: row?.encoding ?? null,
  };
}

/** Server version and collation: what support asks first when something behaves oddly. */
export function checkServer(server: TServerFacts): TDoctorCheck[] {
  if (server.kind === "postgresql") {
    return [
      { name: "server", level: "ok", detail: `PostgreSQL sandbox: ${server.version}` },
      {
        name: "collation",
        level: "ok",
        detail: `${server.collation}, encoding ${server.encoding ?? "unknown"} (sandbox)`,
      },
    ];
  }
  const { collation } = server;
  return [
    { name: "server", level: "ok", detail: `SQL Server ${server.version} ${server.edition ?? ""}`.trim() },
    {
      name: "collation",
      level: collation === EXPECTED_COLLATION ? "ok" : "warn",
      detail:
        collation === EXPECTED_COLLATION ? collation : `${collation}; Subiekt GT normally uses ${EXPECTED_COLLATION}`,
    },
  ];
}
