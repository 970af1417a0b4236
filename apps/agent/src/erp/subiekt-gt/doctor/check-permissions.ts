import { sql, type Kysely } from "kysely";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import { SUBIEKT_TABLES, type TSubiektTable } from "../schema/database.ts";
import type { TDoctorCheck } from "./doctor-check.ts";

/** Tables the connector's writes change; everything else it only reads. */
export const WRITTEN_TABLES: readonly TSubiektTable[] = [
  "kh__Kontrahent",
  "adr__Ewid",
  "adr_Historia",
  "tel__Ewid",
  "adr_Email",
  "dok__Dokument",
  "dok_Pozycja",
  "dok_Vat",
  "tw_Stan",
  "ins_ident",
];

/**
 * The login can do what the connector needs, and (least privilege) not much more: a login
 * that owns the database or the server is reported, since the agent should not run as one.
 */
export async function checkPermissions(options: {
  db: Kysely<unknown>;
  dialect: TErpDialect;
  /** Missing tables are the schema check's finding; asking for their permissions would fail. */
  presentTables: Set<string>;
}): Promise<TDoctorCheck[]> {
  const lacking: string[] = [];
  const ours = new Set(Object.keys(SUBIEKT_TABLES).map((table) => table.toLowerCase()));
  const written = new Set(WRITTEN_TABLES.map((table) => table.toLowerCase()));
  // By the names the database uses, which may differ in case from ours.
  for (const table of [...options.presentTables].filter((t) => ours.has(t.toLowerCase()))) {
    const needs = written.has(table.toLowerCase()) ? ["SELECT", "INSERT", "UPDATE"] : ["SELECT"];
    for (const permission of needs) {
      if (!(await hasPermission({ ...options, table, permission }))) lacking.push(`${permission} on ${table}`);
    }
  }
  const checks: TDoctorCheck[] = [
    lacking.length === 0
      ? { name: "permissions", level: "ok", detail: "every table the connector reads or writes" }
      : { name: "permissions", level: "fail", detail: `missing: ${lacking.join("; ")}` },
  ];
  if (await isAdmin(options)) {
    const detail = "the login is an administrator; create one limited to the tables above";
    checks.push({ name: "least privilege", level: "warn", detail });
  }
  return checks;
}

async function hasPermission(options: {
  db: Kysely<unknown>;
  dialect: TErpDialect;
  table: string;
  permission: string;
}) {
  const { db, table, permission } = options;
  const query =
    options.dialect === "mssql"
      ? sql<{ granted: number | null }>`select has_perms_by_name(${table}, 'OBJECT', ${permission}) as granted`
      : sql<{ granted: boolean }>`select has_table_privilege(quote_ident(${table}), ${permission}) as granted`;
  const { rows } = await query.execute(db);
  const granted = rows[0]?.granted;
  return granted === true || granted === 1;
}

async function isAdmin(options: { db: Kysely<unknown>; dialect: TErpDialect }): Promise<boolean> {
  const query =
    options.dialect === "mssql"
      ? sql<{
          admin: number | null;
        }>`select case when is_srvrolemember('sysadmin') = 1 or is_member('db_owner') = 1 then 1 else 0 end as admin`
      : sql<{ admin: boolean }>`select rolsuper as admin from pg_roles where rolname = current_user`;
  const { rows } = await query.execute(options.db);
  const admin = rows[0]?.admin;
  return admin === true || admin === 1;
}
