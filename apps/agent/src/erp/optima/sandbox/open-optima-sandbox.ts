import { Kysely } from "kysely";
import { createPostgresCursorDialect } from "../../sql/postgres-cursor-dialect.ts";
import type { TOptimaDatabase } from "../schema/optima-tables.ts";

/** A Kysely handle on an Optima sandbox, reading values the way mssql reads them from Optima. */
export function openOptimaSandbox(options: { url: string }): Kysely<TOptimaDatabase> {
  return new Kysely<TOptimaDatabase>({ dialect: createPostgresCursorDialect({ url: options.url }) });
}
