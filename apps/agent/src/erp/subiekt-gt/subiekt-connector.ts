import { sql } from "kysely";
import type { TErpConnector } from "../erp-connector.ts";
import { createErpDb } from "../sql/create-erp-db.ts";
import type { TSubiektDatabase } from "./schema/database.ts";

/**
 * The Subiekt GT connector. Connects lazily and keeps one pool for the agent's lifetime;
 * the status check is a round trip to the database, nothing more.
 */
export function createSubiektConnector(options: { erpUrl: string }): TErpConnector {
  const erp = createErpDb<TSubiektDatabase>({ url: options.erpUrl });
  return {
    async status() {
      await sql`select 1 as ok`.execute(erp.db);
      return {
        configured: true,
        reachable: true,
        message: "Subiekt GT database reachable",
        checkedAt: new Date().toISOString(),
      };
    },
  };
}
