import { sql } from "kysely";
import type { TErpConnector } from "../erp-connector.ts";
import { createErpDb } from "../sql/create-erp-db.ts";
import { createDialectHelpers } from "../sql/dialect-helpers.ts";
import { createOptimaReads } from "./optima-reads.ts";
import type { TOptimaDatabase } from "./schema/optima-tables.ts";

/**
 * The Comarch ERP Optima connector: reads only (issue 19). Writes, their preflight, Sfera and
 * the staff lookups are refused before they reach it (erp-connections.ts), so it has none.
 * Connects lazily, like the Subiekt GT connector.
 */
export function createOptimaConnector(options: { erpUrl: string }): TErpConnector {
  const erp = createErpDb<TOptimaDatabase>({ url: options.erpUrl });
  const helpers = createDialectHelpers({ dialect: erp.dialect });
  return {
    reads: createOptimaReads({ db: erp.db, helpers }),
    lookups: null,
    writer: null,
    preflight: null,
    sfera: null,
    countRows: async () => null,
    async status() {
      await sql`select 1 as ok`.execute(erp.db);
      return {
        configured: true,
        reachable: true,
        message: "Comarch ERP Optima database reachable",
        server: erp.dialect === "mssql" ? "sqlserver" : "sandbox",
        checkedAt: new Date().toISOString(),
      };
    },
  };
}
