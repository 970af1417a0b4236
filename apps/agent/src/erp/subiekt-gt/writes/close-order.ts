import type { z } from "zod";
import { DOK_STATUS } from "../schema/document-codes.ts";
import { documentLinesQuery, findDocumentQuery, setDocumentStatusQuery } from "./document-queries.ts";
import { lockWrites } from "./write-locks.ts";
import { readDocument } from "./read-document.ts";
import type { TWriteContext } from "./run-write.ts";
import { changeStock } from "./stock-queries.ts";
import { ErpWriteError } from "./write-error.ts";
import type { TErpDocumentResult, ZCloseOrderInput } from "@erp-bridge/shared";

/**
 * Cancels or completes a ZK, releasing what it still reserves (ob_Ilosc - ob_IloscMag per line).
 * Idempotent by state: an order that no longer reserves is returned unchanged.
 * uncertain: Subiekt's code for a cancelled order is not known; a cancelled order is left
 * "without reservation" (6), a completed one "fulfilled" (8).
 */
export async function closeOrder(
  ctx: TWriteContext,
  input: z.output<typeof ZCloseOrderInput>,
): Promise<Omit<TErpDocumentResult, "dryRun">> {
  await lockWrites(ctx, "documents");
  const order = await findDocumentQuery(ctx, { ref: input.order, types: ["ZK"] }).executeTakeFirst();
  if (!order) throw new ErpWriteError({ code: "not_found", path: "order", message: "no such order (ZK)" });
  const target = input.action === "complete" ? DOK_STATUS.ZK_FULFILLED : DOK_STATUS.ZK_WITHOUT_RESERVATION;
  if (order.dok_Status === target || order.dok_Status === DOK_STATUS.ZK_FULFILLED) {
    const warnings = order.dok_Status === target ? [] : [`${order.dok_NrPelny} is already fulfilled`];
    return { created: false, document: await readDocument(ctx, { id: order.dok_Id }), warnings };
  }
  if (order.dok_Status === DOK_STATUS.ZK_RESERVED) {
    for (const line of await documentLinesQuery(ctx, { documentId: order.dok_Id }).execute()) {
      const open = line.ob_Ilosc - line.ob_IloscMag;
      if (open <= 0 || line.ob_TowId === null || line.ob_MagId === null) continue;
      await changeStock(ctx, { productId: line.ob_TowId, warehouseId: line.ob_MagId, onHand: 0, reserved: -open });
    }
  }
  await setDocumentStatusQuery(ctx, { id: order.dok_Id, status: target }).execute();
  return { created: true, document: await readDocument(ctx, { id: order.dok_Id }), warnings: [] };
}
