import { sql, type Kysely } from "kysely";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import { filledColumns } from "../schema/complete-row.ts";
import { SUBIEKT_TABLES, type TSubiektTable } from "../schema/database.ts";
import type { TDoctorCheck } from "./doctor-check.ts";
import { WRITTEN_TABLES } from "./check-permissions.ts";

type TRequired = { table_name: string; column_name: string };
export type TRequiredColumn = { table: string; column: string; supplied: boolean };

/** The tables the writer inserts rows into (ins_ident and tw_Stan it mostly updates). */
const INSERTED_TABLES = WRITTEN_TABLES.filter((table) => table !== "ins_ident" && table !== "tw_Stan");

/** NOT NULL columns without a default (identity and computed ones aside) of the inserted tables. */
export function requiredColumnsQuery(dialect: TErpDialect) {
  return dialect === "mssql"
    ? sql<TRequired>`select c.TABLE_NAME as table_name, c.COLUMN_NAME as column_name from INFORMATION_SCHEMA.COLUMNS c
        where c.TABLE_NAME in (${sql.join(INSERTED_TABLES)}) and c.IS_NULLABLE = 'NO' and c.COLUMN_DEFAULT is null
          and columnproperty(object_id(c.TABLE_SCHEMA + '.' + c.TABLE_NAME), c.COLUMN_NAME, 'IsIdentity') = 0
          and columnproperty(object_id(c.TABLE_SCHEMA + '.' + c.TABLE_NAME), c.COLUMN_NAME, 'IsComputed') = 0`
    : sql<TRequired>`select table_name, column_name from information_schema.columns
        where table_schema = current_schema() and lower(table_name) in (${sql.join(INSERTED_TABLES.map((t) => t.toLowerCase()))})
          and is_nullable = 'NO' and column_default is null and is_identity = 'NO' and is_generated = 'NEVER'`;
}

/** Each NOT NULL column without a default on *this* database, and whether the writer's insert supplies it. */
export async function readRequiredColumns(options: {
  db: Kysely<unknown>;
  dialect: TErpDialect;
}): Promise<TRequiredColumn[]> {
  const { rows } = await requiredColumnsQuery(options.dialect).execute(options.db);
  return rows
    .map((row) => ({
      table: row.table_name,
      column: row.column_name,
      supplied: supplies(row.table_name, row.column_name),
    }))
    .sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
}

/**
 * For every table the writer inserts into, the NOT NULL columns without a default on *this*
 * database that the insert would not supply (neither the writer's own columns nor those
 * completeRow fills from the facts): each would fail the first write there, so each fails the
 * check by its table.column. An ERP upgrade or a third-party extension adds such columns.
 */
export function checkRequiredColumns(required: TRequiredColumn[]): TDoctorCheck[] {
  const missing = required
    .filter((required) => !required.supplied)
    .map((required) => `${required.table}.${required.column}`);
  if (missing.length === 0) {
    return [
      {
        name: "required columns",
        level: "ok",
        detail: `every NOT NULL column without a default is written (${INSERTED_TABLES.length} tables)`,
      },
    ];
  }
  return [
    {
      name: "required columns",
      level: "fail",
      detail: `NOT NULL without a default here, and the writer's insert does not supply: ${missing.join(", ")}`,
    },
  ];
}

function supplies(table: string, column: string): boolean {
  const ours = Object.keys(SUBIEKT_TABLES).find((name) => name.toLowerCase() === table.toLowerCase()) as
    TSubiektTable | undefined;
  if (!ours) return true;
  const columns = [...Object.keys(SUBIEKT_TABLES[ours].columns), ...filledColumns(ours)];
  return columns.some((name) => name.toLowerCase() === column.toLowerCase());
}
