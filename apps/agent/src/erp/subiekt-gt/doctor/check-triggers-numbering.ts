import { sql, type Kysely } from "kysely";
import type { TDoctorFingerprint } from "@erp-bridge/shared";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import { DOK_TYP, type TDokTypSymbol } from "../schema/document-codes.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import { schemeOf } from "../schema/numbering.ts";
import { WRITTEN_TABLES } from "./check-permissions.ts";
import type { TDoctorCheck } from "./doctor-check.ts";

/** The documents the writer numbers. */
const NUMBERED = ["ZK", "FS", "PA", "KFS", "MM"] as const satisfies readonly TDokTypSymbol[];

export type TTrigger = { table: string; name: string };
export type TNumberingFact = TDoctorFingerprint["numbering"][number];

/** The triggers on the tables the writer inserts into or updates. */
export function triggersQuery(dialect: TErpDialect) {
  const tables = WRITTEN_TABLES.map((table) => table.toLowerCase());
  return dialect === "mssql"
    ? sql<{ table_name: string; trigger_name: string }>`select t.name as table_name, tr.name as trigger_name
        from sys.triggers tr join sys.tables t on t.object_id = tr.parent_id where lower(t.name) in (${sql.join(tables)})`
    : sql<{ table_name: string; trigger_name: string }>`select distinct event_object_table as table_name, trigger_name
        from information_schema.triggers where lower(event_object_table) in (${sql.join(tables)})`;
}

export async function readTriggers(options: { db: Kysely<unknown>; dialect: TErpDialect }): Promise<TTrigger[]> {
  const { rows } = await triggersQuery(options.dialect).execute(options.db);
  return rows
    .map((row) => ({ table: row.table_name, name: row.trigger_name }))
    .sort((a, b) => a.table.localeCompare(b.table) || a.name.localeCompare(b.name));
}

/**
 * Triggers on the tables the writer inserts into, by table: Subiekt's own (5 on dok__Dokument) and
 * any an installation added, which may refuse or change our writes. Listed for support, not failed.
 */
export function checkTriggers(triggers: TTrigger[]): TDoctorCheck[] {
  if (triggers.length === 0)
    return [{ name: "triggers", level: "ok", detail: "none on the tables the writer inserts into" }];
  const byTable = new Map<string, string[]>();
  for (const trigger of triggers) byTable.set(trigger.table, [...(byTable.get(trigger.table) ?? []), trigger.name]);
  const detail = [...byTable].map(([table, names]) => `${table}: ${names.join(", ")}`).join("; ");
  return [{ name: "triggers", level: "ok", detail }];
}

/** Each numbered type's scheme as the writer reads it, or the nr_Parametr setting it would refuse. */
export async function readNumbering(options: { db: Kysely<unknown> }): Promise<TNumberingFact[]> {
  const rows = await numberingSettingsQuery(options.db as Kysely<TSubiektDatabase>).execute();
  return NUMBERED.map((document): TNumberingFact => {
    const read = schemeOf({ symbol: document, setting: rows.find((row) => row.np_Typ === DOK_TYP[document]) });
    if (!read.ok) return { document, known: false, setting: read.setting, reason: read.reason };
    return { document, known: true, ...read.scheme };
  });
}

/** The numbering scheme of each type the writer numbers, or the nr_Parametr setting it would refuse. */
export function checkNumbering(numbering: TNumberingFact[]): TDoctorCheck[] {
  return numbering.map((fact): TDoctorCheck => {
    const name = `numbering ${fact.document}`;
    if (!fact.known) return { name, level: "fail", detail: fact.reason };
    const period = fact.period === "month" ? "monthly" : "yearly";
    return { name, level: "ok", detail: `${period} series${fact.warehouse ? " per warehouse" : ""}` };
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
