import type { Kysely } from "kysely";
import type { TDialectHelpers } from "../../sql/dialect-helpers.ts";
import type { TOptimaDatabase } from "../schema/optima-tables.ts";

/** What every Optima read takes, as the Subiekt GT reads do (page sizes checked by their checkPageSize). */
export type TOptimaReadOptions = {
  db: Kysely<TOptimaDatabase>;
  helpers: TDialectHelpers;
  cursor?: string | null;
  pageSize: number;
};
