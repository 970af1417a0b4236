import { SUBIEKT_TABLES } from "../schema/database.ts";
import { postgresType } from "./postgres-type.ts";

export type TSandboxTable = {
  name: string;
  /** In declaration order, with the PostgreSQL type each maps to. */
  columns: { name: string; type: string; nullable: boolean }[];
  primaryKey: string[];
  unique: string[][];
  indexes: string[][];
};

type TLooseSpec = {
  columns: Record<string, string>;
  primaryKey: readonly string[];
  unique?: readonly (readonly string[])[];
  indexes?: readonly (readonly string[])[];
};

/** The Subiekt table specs as PostgreSQL declarations, for DDL and bulk loads. */
export const SANDBOX_TABLES: TSandboxTable[] = Object.entries(SUBIEKT_TABLES).map(([name, spec]) =>
  describe(name, spec),
);

function describe(name: string, spec: TLooseSpec): TSandboxTable {
  return {
    name,
    columns: Object.entries(spec.columns).map(([column, sqlServerType]) => ({
      name: column,
      ...postgresType({ sqlServerType }),
    })),
    primaryKey: [...spec.primaryKey],
    unique: (spec.unique ?? []).map((columns) => [...columns]),
    indexes: (spec.indexes ?? []).map((columns) => [...columns]),
  };
}
