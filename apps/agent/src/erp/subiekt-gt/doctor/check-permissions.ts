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

export type TPermission = "SELECT" | "INSERT" | "UPDATE";
export type TLackingPermission = { table: string; permission: TPermission };

/** What the login may not do on a table the connector reads or writes (by the database's names). */
export async function readLackingPermissions(options: {
  db: Kysely<unknown>;
  dialect: TErpDialect;
  /** Missing tables are the schema check's finding; asking for their permissions would fail. */
  presentTables: Set<string>;
}): Promise<TLackingPermission[]> {
  const lacking: TLackingPermission[] = [];
  const ours = new Set(Object.keys(SUBIEKT_TABLES).map((table) => table.toLowerCase()));
  const written = new Set(WRITTEN_TABLES.map((table) => table.toLowerCase()));
  for (const table of [...options.presentTables].filter((t) => ours.has(t.toLowerCase()))) {
    const needs: TPermission[] = written.has(table.toLowerCase()) ? ["SELECT", "INSERT", "UPDATE"] : ["SELECT"];
    for (const permission of needs) {
      const { rows } = await permissionQuery({ dialect: options.dialect, table, permission }).execute(options.db);
      const granted = rows[0]?.granted;
      if (granted !== true && granted !== 1) lacking.push({ table, permission });
    }
  }
  return lacking;
}

/**
 * The login can do what the connector needs, and (least privilege) not much more: a login
 * that owns the database or the server is reported, since the agent should not run as one.
 */
export function checkPermissions(options: { lacking: TLackingPermission[]; admin: boolean }): TDoctorCheck[] {
  const lacking = options.lacking.map((p) => `${p.permission} on ${p.table}`);
  const checks: TDoctorCheck[] = [
    lacking.length === 0
      ? { name: "permissions", level: "ok", detail: "every table the connector reads or writes" }
      : { name: "permissions", level: "fail", detail: `missing: ${lacking.join("; ")}` },
  ];
  if (options.admin) {
    const detail = "the login is an administrator; create one limited to the tables above";
    checks.push({ name: "least privilege", level: "warn", detail });
  }
  return checks;
}

/** The login owns the database or the server. */
export async function readAdmin(options: { db: Kysely<unknown>; dialect: TErpDialect }): Promise<boolean> {
  const { rows } = await adminQuery(options.dialect).execute(options.db);
  return rows[0]?.admin === true || rows[0]?.admin === 1;
}

export function permissionQuery(options: { dialect: TErpDialect; table: string; permission: TPermission }) {
  const { table, permission } = options;
  return options.dialect === "mssql"
    ? sql<{ granted: number | boolean | null }>`select has_perms_by_name(${table}, 'OBJECT', ${permission}) as granted`
    : sql<{
        granted: number | boolean | null;
      }>`select has_table_privilege(quote_ident(${table}), ${permission}) as granted`;
}

export function adminQuery(dialect: TErpDialect) {
  return dialect === "mssql"
    ? sql<{
        admin: number | boolean | null;
      }>`select case when is_srvrolemember('sysadmin') = 1 or is_member('db_owner') = 1 then 1 else 0 end as admin`
    : sql<{ admin: number | boolean | null }>`select rolsuper as admin from pg_roles where rolname = current_user`;
}
