import { Kysely } from "kysely";
import { createPostgresCursorDialect } from "../../sql/postgres-cursor-dialect.ts";
import type { TSubiektDatabase } from "../schema/database.ts";

/** A Kysely handle on a sandbox database, reading values the way mssql reads them from Subiekt. */
export function openSandbox(options: { url: string }): Kysely<TSubiektDatabase> {
  return new Kysely<TSubiektDatabase>({ dialect: createPostgresCursorDialect({ url: options.url }) });
}
