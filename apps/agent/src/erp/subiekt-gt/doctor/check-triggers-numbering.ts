import { sql, type Kysely } from "kysely";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import { DOK_TYP, type TDokTypSymbol } from "../schema/document-codes.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import { schemeOf } from "../schema/numbering.ts";
import { WRITTEN_TABLES } from "./check-permissions.ts";
import type { TDoctorCheck } from "./doctor-check.ts";

/** The documents the writer numbers. */
const NUMBERED: readonly TDokTypSymbol[] = ["ZK", "FS", "PA", "KFS", "MM"];

/**
 * Triggers on the tables the writer inserts into, by table: Subiekt's own (5 on dok__Dokument) and
 * any an installation added, which may refuse or change our writes. Listed for support, not failed.
 */
export async function checkTriggers(options: { db: Kysely<unknown>; dialect: TErpDialect }): Promise<TDoctorCheck[]> {
  const tables = WRITTEN_TABLES.map((table) => table.toLowerCase());
  const query =
    options.dialect === "mssql"
      ? sql<{ table_name: string; trigger_name: string }>`select t.name as table_name, tr.name as trigger_name
          from sys.triggers tr join sys.tables t on t.object_id = tr.parent_id where lower(t.name) in (${sql.join(tables)})`
      : sql<{ table_name: string; trigger_name: string }>`select distinct event_object_table as table_name, trigger_name
          from information_schema.triggers where lower(event_object_table) in (${sql.join(tables)})`;
  const { rows } = await query.execute(options.db);
  if (rows.length === 0)
    return [{ name: "triggers", level: "ok", detail: "none on the tables the writer inserts into" }];
  const byTable = new Map<string, string[]>();
  for (const row of rows) byTable.set(row.table_name, [...(byTable.get(row.table_name) ?? []), row.trigger_name]);
  const detail = [...byTable].map(([table, names]) => `${table}: ${names.sort().join(", ")}`).join("; ");
  return [{ name: "triggers", level: "ok", detail }];
}

/** The numbering scheme of each type the writer numbers, or the nr_Parametr setting it would refuse. */
export async function checkNumbering(options: { db: Kysely<unknown> }): Promise<TDoctorCheck[]> {
  const rows = await numberingSettingsQuery(options.db as Kysely<TSubiektDatabase>).execute();
  return NUMBERED.map((symbol): TDoctorCheck => {
    const read = schemeOf({ symbol, setting: rows.find((row) => row.np_Typ === DOK_TYP[symbol]) });
    if (!read.ok) return { name: `numbering ${symbol}`, level: "fail", detail: read.reason };
    const { period, warehouse } = read.scheme;
    return {
      name: `numbering ${symbol}`,
      level: "ok",
      detail: `${period === "month" ? "monthly" : "yearly"} series${warehouse ? " per warehouse" : ""}`,
    };
  });
}

/** The built-in numbering rows of the types the writer numbers. */
export function numberingSettingsQuery(db: Kysely<TSubiektDatabase>) {
  return db
    .selectFrom("nr_Parametr")
    .selectAll()
    .where("np_DefiniowalnyId", "=", 0)
    .where(
      "np_Typ",
      "in",
      NUMBERED.map((symbol) => DOK_TYP[symbol]),
    );
}
