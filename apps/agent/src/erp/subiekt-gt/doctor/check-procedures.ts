import { sql, type Kysely } from "kysely";
import type { TDoctorFingerprint } from "@erp-bridge/shared";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import { ID_PROCEDURE } from "../schema/ids.ts";
import type { TDoctorCheck } from "./doctor-check.ts";

export type TProcedure = TDoctorFingerprint["procedures"][number];

type TRow = {
  schema_name: string;
  procedure_name: string;
  parameter_name: string | null;
  type_name: string | null;
  is_output: boolean | number | null;
};

/**
 * The database's own stored procedures with their parameters in order, one row per parameter (a
 * procedure without any has one row of nulls). The sandbox's equivalent: the functions of its
 * schema that are not an extension's (citext's) or a trigger's.
 */
export function proceduresQuery(dialect: TErpDialect) {
  return dialect === "mssql"
    ? sql<TRow>`select s.name as schema_name, p.name as procedure_name, pa.name as parameter_name,
        type_name(pa.user_type_id) as type_name, pa.is_output as is_output
        from sys.procedures p join sys.schemas s on s.schema_id = p.schema_id
        left join sys.parameters pa on pa.object_id = p.object_id
        where p.is_ms_shipped = 0 order by s.name, p.name, pa.parameter_id`
    : sql<TRow>`select n.nspname as schema_name, p.proname as procedure_name, a.name as parameter_name,
        format_type(a.type, null) as type_name, a.mode in ('o', 'b') as is_output
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        left join lateral unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]),
          coalesce(p.proargmodes, array_fill('i'::"char", array[p.pronargs])), p.proargnames)
          with ordinality as a(type, mode, name, position) on true
        where n.nspname = current_schema() and p.prorettype <> 'trigger'::regtype
          and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
        order by p.proname, p.oid, a.position`;
}

export async function readProcedures(options: { db: Kysely<unknown>; dialect: TErpDialect }): Promise<TProcedure[]> {
  const { rows } = await proceduresQuery(options.dialect).execute(options.db);
  const procedures = new Map<string, TProcedure>();
  for (const row of rows) {
    const key = `${row.schema_name}.${row.procedure_name}`;
    const procedure = procedures.get(key) ?? { schema: row.schema_name, name: row.procedure_name, parameters: [] };
    procedures.set(key, procedure);
    if (row.type_name === null) continue;
    const output = row.is_output === true || row.is_output === 1;
    procedure.parameters.push({ name: row.parameter_name ?? "", type: row.type_name, output });
  }
  return [...procedures.values()];
}

/**
 * How the writer calls Subiekt's id allocation (allocate-ids.ts): on SQL Server the table name, the
 * count and the first id as an OUTPUT parameter; the sandbox's function returns the first id.
 */
const ID_PARAMETERS = { mssql: { count: 3, outputLast: true }, postgres: { count: 2, outputLast: false } } as const;

/**
 * Subiekt's stored procedures, counted, and the one the writer calls checked by its parameters:
 * without spIdentyfikator as the writer calls it, no write can take a row id.
 */
export function checkProcedures(options: { procedures: TProcedure[]; dialect: TErpDialect }): TDoctorCheck[] {
  const { procedures } = options;
  const count = {
    name: "procedures",
    level: "ok" as const,
    detail: `${procedures.length} (--report lists them with their parameters)`,
  };
  const ids = procedures.find((p) => p.name.toLowerCase() === ID_PROCEDURE.toLowerCase());
  if (!ids) {
    const detail = `${ID_PROCEDURE} is missing: the writer takes every new row id from it`;
    return [count, { name: `procedure ${ID_PROCEDURE}`, level: "fail", detail }];
  }
  const expected = ID_PARAMETERS[options.dialect];
  const signature = `${ids.name}(${ids.parameters.map((p) => `${p.name} ${p.type}${p.output ? " OUTPUT" : ""}`.trim()).join(", ")})`;
  const fits =
    ids.parameters.length === expected.count && (ids.parameters.at(-1)?.output ?? false) === expected.outputLast;
  if (fits) return [count, { name: `procedure ${ID_PROCEDURE}`, level: "ok", detail: signature }];
  const wanted = `${expected.count} parameters${expected.outputLast ? ", the last OUTPUT" : ""}`;
  const detail = `${signature}: the writer calls it with ${wanted}`;
  return [count, { name: `procedure ${ID_PROCEDURE}`, level: "fail", detail }];
}
