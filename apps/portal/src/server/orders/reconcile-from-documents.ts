import type { TTx } from "../platform/database/db.ts";
import { advanceOrder } from "./advance-order.ts";
import { addOrderEvent } from "./order-events.ts";

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
export async function reconcileOrdersFromDocuments(options: { tx: TTx; companyId: string; documentIds: number[] }) {
  if (options.documentIds.length === 0) return;
  const changes = await options.tx.$queryRaw<TChange[]>`
    SELECT o."id" AS "orderId", o."companyId", o."status", o."erpState"::text AS "erpState", o."erpStep",
           'fulfilled' AS "kind", d."number", d."type", d."erpId" AS "id"
    FROM "ErpDocument" d JOIN "Order" o ON o."companyId" = d."companyId" AND o."erpOrderId" = d."erpId"
    WHERE d."companyId" = ${options.companyId}::uuid AND d."erpId" = ANY(${options.documentIds})
      AND d."type" = 'ZK' AND d."status" = ${ZK_FULFILLED} AND o."status" NOT IN ('completed', 'cancelled')
    UNION ALL
    SELECT o."id", o."companyId", o."status", o."erpState"::text, o."erpStep", 'sold', d."number", d."type", d."erpId"
    FROM "ErpDocument" d JOIN "Order" o ON o."companyId" = d."companyId" AND o."erpOrderId" = d."sourceDocumentId"
    WHERE d."companyId" = ${options.companyId}::uuid AND d."erpId" = ANY(${options.documentIds})
      AND d."type" IN ('FS', 'PA') AND o."erpSaleId" IS NULL
    UNION ALL
    SELECT o."id", o."companyId", o."status", o."erpState"::text, o."erpStep", 'corrected', d."number", d."type", d."erpId"
    FROM "ErpDocument" d JOIN "Order" o ON o."companyId" = d."companyId" AND o."erpSaleId" = d."sourceDocumentId"
    WHERE d."companyId" = ${options.companyId}::uuid AND d."erpId" = ANY(${options.documentIds})
      AND d."type" = 'KFS' AND o."erpState" = 'AWAITING_ERP' AND o."erpStep" LIKE 'return:%'
      AND NOT EXISTS (SELECT 1 FROM "OrderReturn" r WHERE r."orderId" = o."id" AND r."erpDocumentNumber" = d."number")`;
  for (const change of changes) {
    const order = { id: change.orderId, companyId: change.companyId };
    if (change.kind === "sold") await linkSale(options.tx, change);
    else if (change.kind === "corrected") await linkCorrection(options.tx, change);
    else {
      await options.tx.order.update({ where: { id: change.orderId }, data: { status: "completed" } });
      await addOrderEvent({
        tx: options.tx,
        order,
        type: "status_changed",
        message: `Order ${change.number} fulfilled in the ERP: completed`,
        actor: "erp",
      });
    }
    // An order that waited for the operator's document moves on: a return may be next.
    if (change.erpState === "AWAITING_ERP") await advanceOrder({ tx: options.tx, orderId: change.orderId });
  }
}

async function linkSale(tx: TTx, change: TChange) {
  // Sold at the showroom: the buyer has collected the goods.
  const collected = ["sent_to_showroom", "ready_for_pickup"].includes(change.status);
  await tx.order.update({
    where: { id: change.orderId },
    data: {
      erpSaleId: change.id,
      erpSaleType: change.type,
      erpSaleNumber: change.number,
      ...(collected && { status: "completed" }),
    },
  });
  await addOrderEvent({
    tx,
    order: { id: change.orderId, companyId: change.companyId },
    type: "erp_sale",
    message: `${change.number} issued in the ERP${collected ? ": collected, completed" : ""}`,
    actor: "erp",
  });
}

async function linkCorrection(tx: TTx, change: TChange) {
  const returnId = (change.erpStep ?? "").slice("return:".length);
  await tx.orderReturn.update({
    where: { id: returnId },
    data: { erpDocumentNumber: change.number, status: "refunded" },
  });
  await addOrderEvent({
    tx,
    order: { id: change.orderId, companyId: change.companyId },
    type: "erp_return",
    message: `Correction ${change.number} issued in the ERP for the return`,
    actor: "erp",
  });
}
