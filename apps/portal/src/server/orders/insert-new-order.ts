import { Prisma } from "../../generated/prisma/client.ts";
import { outboxAgentCte, outboxInsertCtes, type TOutboxCommand } from "../agent-link/outbox-command.ts";
import type { TTx } from "../platform/database/db.ts";
import { querySql } from "../platform/database/query-sql.ts";
import type { TOrderRow } from "./order-view.ts";

export type TInsertResult =
  | { outcome: "created" }
  /** The channel sent this externalId before (or a request racing this one did): nothing written. */
  | { outcome: "known" }
  /**
   * The agent the command was for was revoked, or no longer lists the command's ERP connection,
   * since it was read: nothing written, decide again.
   */
  | { outcome: "agentGone" };

/**
 * Stores a new order in one statement: the order row, its lines, its timeline lines and, when
 * the decision was to send its ZK, the agent command in the outbox (its "command available" event
 * is the caller's, after the commit), all or nothing, in one round trip. Rows go in as the JSON of the draft (every column,
 * by name), so the statement never lists columns. The insert is conditional: no order if the
 * channel's externalId is known (ON CONFLICT, also against a request racing this one), and no
 * order if the command's agent is no longer the company's live agent serving the command's ERP
 * connection (the decision is stale).
 */
export async function insertNewOrder(options: {
  order: TOrderRow;
  command: TOutboxCommand | null;
  tx?: TTx;
}): Promise<TInsertResult> {
  const { order, command } = options;
  // The order's own columns (JSON leaves out what is undefined; its lines and events go in below).
  const columns = { ...order, lines: undefined, events: undefined, returns: undefined };
  const agent = command ? outboxAgentCte(command) : Prisma.sql`outbox_agent AS (SELECT NULL::uuid AS "id")`;
  // Announced by the caller after the commit (outboxInsertCtes says why).
  const ctes = command && outboxInsertCtes(command, { alsoFrom: Prisma.sql`CROSS JOIN new_order`, announce: false });
  const queued = ctes ? Prisma.sql`, ${ctes}` : Prisma.empty;
  // The announcement is a SELECT: it runs only when read.
  const announced = command ? Prisma.sql`(SELECT count(*) FROM outbox_announced)::int` : Prisma.sql`0`;
  const statement = Prisma.sql`
    WITH ${agent}, new_order AS (
      INSERT INTO "Order" SELECT * FROM jsonb_populate_record(NULL::"Order", ${JSON.stringify(columns)}::jsonb)
      WHERE EXISTS (SELECT 1 FROM outbox_agent)
      ON CONFLICT ("channelId", "externalId") DO NOTHING
      RETURNING "id"
    ), new_lines AS (
      INSERT INTO "OrderLine"
      SELECT l.* FROM new_order CROSS JOIN jsonb_populate_recordset(NULL::"OrderLine", ${JSON.stringify(order.lines)}::jsonb) l
      RETURNING 1
    ), new_events AS (
      INSERT INTO "OrderEvent"
      SELECT e.* FROM new_order CROSS JOIN jsonb_populate_recordset(NULL::"OrderEvent", ${JSON.stringify(order.events)}::jsonb) e
      RETURNING 1
    )${queued}
    SELECT (SELECT count(*) FROM new_order)::int AS "orders", ${announced} AS "announced",
      EXISTS (SELECT 1 FROM outbox_agent) AS "agentLive"`;
  type TRow = { orders: number; announced: number; agentLive: boolean };
  // Straight on the pool unless in the caller's transaction (querySql says why).
  const [row] = options.tx
    ? await options.tx.$queryRaw<TRow[]>(statement)
    : await querySql<TRow>(statement, { prepared: true });
  if (!row?.agentLive) return { outcome: "agentGone" };
  // With the order, its command was inserted too: the same live agent and a key naming the new order.
  return row.orders === 0 ? { outcome: "known" } : { outcome: "created" };
}
