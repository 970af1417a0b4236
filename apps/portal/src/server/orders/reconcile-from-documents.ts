import type { TTx } from "../platform/database/db.ts";
import { addOrderEvents } from "./order-events.ts";

/**
 * uncertain (Subiekt GT): dok_Status 8 marks a ZK fulfilled; a cancelled ZK is not told apart
 * from one without reservation (see the connector's document-codes.ts), so only fulfilment is
 * followed. Kept here, in one place, until the connector reports an ERP-neutral order state.
 */
const ZK_FULFILLED = 8;

type TChange = {
  orderId: string;
  companyId: string;
  status: string;
  erpState: string;
  erpStep: string | null;
  kind: "fulfilled" | "sold" | "corrected";
  number: string;
  type: string;
  id: number;
};

/**
 * What the document sync tells orders, in the sync's transaction: a ZK fulfilled in the ERP
 * completes its order; a sale document issued from an order's ZK outside the portal (at the
 * showroom when the buyer collects, or by the operator when the integration leaves sale documents
 * to Subiekt) becomes the order's sale document; a correction (KFS) of that sale issued by the
 * operator settles the return the order waits for.
 */
export async function reconcileOrdersFromDocuments(options: {
  tx: TTx;
  companyId: string;
  integrationId: string;
  documentIds: number[];
}) {
  if (options.documentIds.length === 0) return;
  const changes = await options.tx.$queryRaw<TChange[]>`
    SELECT o."id" AS "orderId", o."companyId", o."status", o."erpState"::text AS "erpState", o."erpStep",
           'fulfilled' AS "kind", d."number", d."type", d."erpId" AS "id"
    FROM "ErpDocument" d JOIN "Order" o ON o."companyId" = d."companyId" AND o."integrationId" = d."integrationId" AND o."erpOrderId" = d."erpId"
    WHERE d."integrationId" = ${options.integrationId}::uuid AND d."erpId" = ANY(${options.documentIds})
      AND d."type" = 'ZK' AND d."status" = ${ZK_FULFILLED} AND o."status" NOT IN ('completed', 'cancelled')
    UNION ALL
    SELECT o."id", o."companyId", o."status", o."erpState"::text, o."erpStep", 'sold', d."number", d."type", d."erpId"
    FROM "ErpDocument" d JOIN "Order" o ON o."companyId" = d."companyId" AND o."integrationId" = d."integrationId" AND o."erpOrderId" = d."sourceDocumentId"
    WHERE d."integrationId" = ${options.integrationId}::uuid AND d."erpId" = ANY(${options.documentIds})
      AND d."type" IN ('FS', 'PA') AND o."erpSaleId" IS NULL
    UNION ALL
    SELECT o."id", o."companyId", o."status", o."erpState"::text, o."erpStep", 'corrected', d."number", d."type", d."erpId"
    FROM "ErpDocument" d JOIN "Order" o ON o."companyId" = d."companyId" AND o."integrationId" = d."integrationId" AND o."erpSaleId" = d."sourceDocumentId"
    WHERE d."integrationId" = ${options.integrationId}::uuid AND d."erpId" = ANY(${options.documentIds})
      AND d."type" = 'KFS' AND o."erpState" = 'AWAITING_ERP' AND o."erpStep" LIKE 'return:%'
      AND NOT EXISTS (SELECT 1 FROM "OrderReturn" r WHERE r."orderId" = o."id" AND r."erpDocumentNumber" = d."number")`;
  const fulfilled = changes.filter((c) => c.kind === "fulfilled");
  // A ZK with two sale documents in one page (it should not happen) keeps the first.
  const sold = [
    ...new Map(
      changes
        .filter((c) => c.kind === "sold")
        .reverse()
        .map((c) => [c.orderId, c]),
    ).values(),
  ];
  const corrected = changes.filter((c) => c.kind === "corrected");
  await completeFulfilled(options.tx, fulfilled);
  await linkSales(options.tx, sold);
  await linkCorrections(options.tx, corrected);
  await addOrderEvents({
    tx: options.tx,
    events: [
      ...fulfilled.map((c) => event(c, "status_changed", `Order ${c.number} fulfilled in the ERP: completed`)),
      ...sold.map((c) =>
        event(c, "erp_sale", `${c.number} issued in the ERP${collected(c) ? ": collected, completed" : ""}`),
      ),
      ...corrected.map((c) => event(c, "erp_return", `Correction ${c.number} issued in the ERP for the return`)),
    ],
  });
  // An order that waited for the operator's document moves on (a return may be next): handed to
  // the order engine, which advances each under its own lock within a second, as after a settings
  // save. Advancing hundreds here one by one would hold the page's transaction for seconds.
  const awaiting = [...new Set(changes.filter((c) => c.erpState === "AWAITING_ERP").map((c) => c.orderId))];
  if (awaiting.length > 0) {
    await options.tx.$executeRaw`
      UPDATE "Order" SET "erpState" = 'PENDING', "nextAttemptAt" = NULL, "updatedAt" = now()
      WHERE "id" = ANY(${awaiting}::uuid[]) AND "erpState" = 'AWAITING_ERP'`;
  }
}

function event(change: TChange, type: string, message: string) {
  return { order: { id: change.orderId, companyId: change.companyId }, type, message, actor: "erp" as const };
}

/** Sold at the showroom: the buyer has collected the goods. */
function collected(change: TChange): boolean {
  return ["sent_to_showroom", "ready_for_pickup"].includes(change.status);
}

async function completeFulfilled(tx: TTx, changes: TChange[]) {
  if (changes.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Order" SET "status" = 'completed', "updatedAt" = now()
    WHERE "id" = ANY(${changes.map((c) => c.orderId)}::uuid[])`;
}

async function linkSales(tx: TTx, changes: TChange[]) {
  if (changes.length === 0) return;
  const sales = changes.map((c) => ({
    orderId: c.orderId,
    id: c.id,
    type: c.type,
    number: c.number,
    collected: collected(c),
  }));
  await tx.$executeRaw`
    UPDATE "Order" o SET "erpSaleId" = s."id", "erpSaleType" = s."type", "erpSaleNumber" = s."number",
      "status" = CASE WHEN s."collected" THEN 'completed' ELSE o."status" END, "updatedAt" = now()
    FROM jsonb_to_recordset(${JSON.stringify(sales)}::jsonb)
      AS s("orderId" uuid, "id" int, "type" text, "number" text, "collected" boolean)
    WHERE o."id" = s."orderId"`;
}

/** The return the order waits for (its step names it) is refunded by the operator's correction. */
async function linkCorrections(tx: TTx, changes: TChange[]) {
  if (changes.length === 0) return;
  const refunds = changes.map((c) => ({ returnId: (c.erpStep ?? "").slice("return:".length), number: c.number }));
  await tx.$executeRaw`
    UPDATE "OrderReturn" r SET "erpDocumentNumber" = s."number", "status" = 'refunded', "updatedAt" = now()
    FROM jsonb_to_recordset(${JSON.stringify(refunds)}::jsonb) AS s("returnId" uuid, "number" text)
    WHERE r."id" = s."returnId"`;
}
