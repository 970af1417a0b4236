import { SUBIEKT_TABLES } from "../schema/database.ts";
import { COLUMN_FACTS, UNIQUE_INDEXES, type TColumnFact } from "../schema/facts/column-facts.ts";
import { postgresType } from "./postgres-type.ts";

export type TSandboxColumn = {
  name: string;
  /** The PostgreSQL type. */
  type: string;
  nullable: boolean;
  /** A PostgreSQL default expression, only where the facts state one. */
  default: string | null;
  /** varchar(n): longer text is an error, as on SQL Server (citext has no length of its own). */
  maxLength: number | null;
  /** A computed column's PostgreSQL expression. */
  generated: string | null;
  identity: boolean;
};

export type TSandboxTable = {
  name: string;
  /** In database order. */
  columns: TSandboxColumn[];
  /** Empty for a keyless table (tw_ZmianaTw). */
  primaryKey: string[];
  unique: string[][];
  indexes: string[][];
};

/**
 * The tables the connector reads or writes, as the sandbox creates them: every column the facts
 * list for the table (not only those the connector uses), with its type, NOT NULL, stated default,
 * key and unique indexes. sl_Rabat is not in the facts: its spec stands in.
 */
export const SANDBOX_TABLES: TSandboxTable[] = Object.entries(SUBIEKT_TABLES).map(([name, spec]) => {
  const facts = COLUMN_FACTS.filter((fact) => fact.table === name);
  const indexes = (spec.indexes ?? []).map((columns) => [...columns]);
  if (facts.length === 0) {
    const columns = Object.entries(spec.columns).map(([column, sqlServerType]) => {
      const { type, nullable } = postgresType({ sqlServerType });
      return { name: column, type, nullable, default: null, maxLength: null, generated: null, identity: false };
    });
    return { name, columns, primaryKey: [...spec.primaryKey], unique: [], indexes };
  }
  const primaryKey = facts
    .filter((fact) => fact.primaryKeyPart !== null)
    .sort((a, b) => (a.primaryKeyPart ?? 0) - (b.primaryKeyPart ?? 0))
    .map((fact) => fact.column);
  const unique = (UNIQUE_INDEXES[name] ?? []).map((columns) => [...columns]);
  return { name, columns: facts.map(sandboxColumn), primaryKey, unique, indexes };
});

function sandboxColumn(fact: TColumnFact): TSandboxColumn {
  const { type } = postgresType({ sqlServerType: fact.type });
  const length = /^n?varchar\((\d+)\)$/.exec(fact.type);
  return {
    name: fact.column,
    type,
    nullable: fact.nullable,
    default: postgresDefault(fact),
    maxLength: length ? Number(length[1]) : null,
    generated: fact.computed === null ? null : postgresExpression(fact.computed),
    identity: fact.identity,
  };
}

/** A stated SQL Server default in PostgreSQL terms. */
function postgresDefault(fact: TColumnFact): string | null {
  const stated = fact.default;
  if (stated === null || stated === "(NULL)") return null;
  if (stated === "(getdate())") return "localtimestamp";
  const quoted = /^\(?'(.*)'\)?$/.exec(stated);
  if (quoted) return fact.type === "datetime" ? `'${dateOf(quoted[1] ?? "")}'` : `'${quoted[1] ?? ""}'`;
  const number = /^\(+(-?[\d.]+)\)+$/.exec(stated)?.[1];
  if (number === undefined) throw new Error(`${fact.table}.${fact.column}: default ${stated} has no PostgreSQL form`);
  return fact.type === "bit" ? (Number(number) === 0 ? "false" : "true") : number;
}

/** '20200930' -> 2020-09-30 */
function dateOf(text: string): string {
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** A computed column's T-SQL ([col], + on strings) as PostgreSQL ("col", ||). */
function postgresExpression(tsql: string): string {
  return `(${tsql.replace(/\[(\w+)\]/g, '"$1"').replaceAll("+", "||")})::citext`;
}
