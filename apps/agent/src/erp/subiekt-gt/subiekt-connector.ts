import { ZErpWritesPreflightInput } from "@erp-bridge/shared";
import { sql } from "kysely";
import { errorMessage, type TLogger } from "../../log.ts";
import type { TErpConnector } from "../erp-connector.ts";
import { createErpDb } from "../sql/create-erp-db.ts";
import { createDialectHelpers } from "../sql/dialect-helpers.ts";
import type { TSubiektDatabase } from "./schema/database.ts";
import { countRows } from "./reads/count-rows.ts";
import { findProducts } from "./reads/find-products.ts";
import { searchProducts } from "./reads/search-products.ts";
import type { TSferaConfig } from "./sfera/sfera-config.ts";
import { createSferaLink } from "./sfera/writer/sfera-link.ts";
import { runPreflight } from "./preflight/run-preflight.ts";
import { createSqlWriter } from "./writes/sql-writer.ts";
import { createSubiektReads } from "./subiekt-reads.ts";

/**
 * The Subiekt GT connector. Connects lazily and keeps one pool for the agent's lifetime;
 * the status check is a round trip to the database, nothing more.
 */
export function createSubiektConnector(options: {
  erpUrl: string;
  sfera: TSferaConfig | undefined;
  log: TLogger;
}): TErpConnector {
  const erp = createErpDb<TSubiektDatabase>({ url: options.erpUrl });
  const helpers = createDialectHelpers({ dialect: erp.dialect });
  const sfera = options.sfera ? createSferaLink({ config: options.sfera, erp, log: options.log }) : null;
  return {
    reads: createSubiektReads({ db: erp.db, helpers }),
    lookups: {
      findProducts: (input) => findProducts({ db: erp.db, helpers, ...input }),
      searchProducts: (input) => searchProducts({ db: erp.db, helpers, ...input }),
    },
    writer: createSqlWriter({
      db: erp.db,
      dialect: erp.dialect,
      onDeadlockRetry: ({ attempt, error }) =>
        options.log.warn("write retried after a deadlock", { attempt, error: errorMessage(error) }),
    }),
    preflight: (input) => runPreflight({ erp, input: ZErpWritesPreflightInput.parse(input) }),
    sfera,
    countRows: (resource) => countRows({ db: erp.db, helpers, resource }),
    async status() {
      await sql`select 1 as ok`.execute(erp.db);
      return {
        configured: true,
        reachable: true,
        message: "Subiekt GT database reachable",
        server: erp.dialect === "mssql" ? "sqlserver" : "sandbox",
        checkedAt: new Date().toISOString(),
        ...(sfera && { sfera: await sfera.health() }),
      };
    },
  };
}
