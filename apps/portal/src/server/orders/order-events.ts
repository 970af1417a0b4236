import type { Prisma } from "../../generated/prisma/client.ts";
import type { TTx } from "../platform/database/db.ts";
import { sendJob } from "../platform/jobs/send-job.ts";
import { uuidV7 } from "../platform/database/uuid-v7.ts";
import { orderProblemText, type TOrderProblem } from "./order-problem.ts";
import type { TOrderRow } from "./order-view.ts";

/** Who acted: the channel (its API key), a staff member, the ERP, or the portal itself. */
export type TOrderActor = "channel" | "erp" | "system" | `staff:${string}`;

/** What a timeline line says: words, or a problem stored as its code (pages translate it) with its English words beside it. */
export type TEventWords = { message: string } | { problem: TOrderProblem };

/** A timeline line as its row, but for its time (the caller's, or the database's clock). */
export function orderEventRow(
  options: { order: { id: string; companyId: string }; type: string; actor: TOrderActor } & TEventWords,
): Omit<TOrderRow["events"][number], "at"> {
  const problem = "problem" in options ? options.problem : null;
  return {
    id: uuidV7(),
    orderId: options.order.id,
    companyId: options.order.companyId,
    type: options.type,
    message: problem ? orderProblemText(problem) : "message" in options ? options.message : "",
    code: problem?.code ?? null,
    params: problem?.params ?? null,
    actor: options.actor,
    data: null,
  };
}

/**
 * Adds a line to an order's timeline, in the caller's transaction, and (when the order's channel
 * takes webhooks) the job that tells the channel, committed with it.
 */
export async function addOrderEvent(
  options: {
    tx: TTx;
    order: { id: string; companyId: string };
    type: string;
    actor: TOrderActor;
    data?: Prisma.InputJsonValue;
    /** False for lines about the webhook itself: telling the channel would start another round. */
    notifyChannel?: boolean;
  } & TEventWords,
): Promise<void> {
  const row = orderEventRow(options);
  await options.tx.orderEvent.create({
    data: { ...row, params: row.params ?? undefined, data: options.data },
  });
  if (options.notifyChannel === false) return;
  const [hooked] = await options.tx.$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "Order" o JOIN "SalesChannel" c ON c."id" = o."channelId"
    WHERE o."id" = ${options.order.id}::uuid AND c."webhookUrl" IS NOT NULL AND c."disabledAt" IS NULL`;
  if (hooked) await sendJob("order-webhook", { orderId: options.order.id }, { tx: options.tx });
}

/**
 * Adds many timeline lines in one statement, in the caller's transaction (a page of the document
 * sync settles hundreds of orders at once), and the webhook job of each order whose channel
 * takes webhooks, as addOrderEvent does for one.
 */
export async function addOrderEvents(options: {
  tx: TTx;
  events: { order: { id: string; companyId: string }; type: string; message: string; actor: TOrderActor }[];
}): Promise<void> {
  if (options.events.length === 0) return;
  const rows = options.events.map((e) => ({
    id: uuidV7(),
    orderId: e.order.id,
    companyId: e.order.companyId,
    type: e.type,
    message: e.message,
    actor: e.actor,
  }));
  await options.tx.$executeRaw`
    INSERT INTO "OrderEvent" ("id", "orderId", "companyId", "type", "message", "actor")
    SELECT e."id", e."orderId", e."companyId", e."type", e."message", e."actor"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS e("id" uuid, "orderId" uuid, "companyId" uuid, "type" text, "message" text, "actor" text)`;
  const orderIds = [...new Set(rows.map((r) => r.orderId))];
  const hooked = await options.tx.$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "Order" o JOIN "SalesChannel" c ON c."id" = o."channelId"
    WHERE o."id" = ANY(${orderIds}::uuid[]) AND c."webhookUrl" IS NOT NULL AND c."disabledAt" IS NULL`;
  for (const { id } of hooked) await sendJob("order-webhook", { orderId: id }, { tx: options.tx });
}
