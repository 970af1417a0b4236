import type { Kysely } from "kysely";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import { readAdmin, readLackingPermissions, type TLackingPermission } from "./check-permissions.ts";
import { readProcedures, type TProcedure } from "./check-procedures.ts";
import { readRequiredColumns, type TRequiredColumn } from "./check-required-columns.ts";
import { readTables, type TTableFact } from "./check-schema.ts";
import { readServer, type TServerFacts } from "./check-server.ts";
import { readNumbering, readTriggers, type TNumberingFact, type TTrigger } from "./check-triggers-numbering.ts";

/** What the doctor knows of an ERP database: read once, judged by the checks, written as the fingerprint. */
export type TErpFacts = {
  dialect: TErpDialect;
  server: TServerFacts;
  tables: TTableFact[];
  /** Spelled as the database spells them. */
  presentTables: Set<string>;
  requiredColumns: TRequiredColumn[];
  triggers: TTrigger[];
  procedures: TProcedure[];
  /** Null without an nr_Parametr table (the schema check names it missing). */
  numbering: TNumberingFact[] | null;
  lackingPermissions: TLackingPermission[];
  /** The login owns the database or the server. */
  admin: boolean;
};

/** Reads every catalogue fact the doctor judges, each query once. Never a row of the client's data. */
export async function readErpFacts(options: { db: Kysely<unknown>; dialect: TErpDialect }): Promise<TErpFacts> {
  const { db, dialect } = options;
  const server = await readServer({ db, dialect });
  const { tables, presentTables } = await readTables({ db });
  const hasNumbering = [...presentTables].some((table) => table.toLowerCase() === "nr_parametr");
  return {
    dialect,
    server,
    tables,
    presentTables,
    requiredColumns: await readRequiredColumns({ db, dialect }),
    triggers: await readTriggers({ db, dialect }),
    procedures: await readProcedures({ db, dialect }),
    numbering: hasNumbering ? await readNumbering({ db }) : null,
    lackingPermissions: await readLackingPermissions({ db, dialect, presentTables }),
    admin: await readAdmin({ db, dialect }),
  };
}
