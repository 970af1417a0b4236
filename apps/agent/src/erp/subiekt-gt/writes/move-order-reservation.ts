import { DOK_STATUS } from "../schema/document-codes.ts";
import { documentLinesQuery, findDocumentQuery, setLineWarehouseQuery } from "./document-queries.ts";
import type { TWriteContext } from "./run-write.ts";
import { changeStock } from "./stock-queries.ts";
import { ErpWriteError } from "./write-error.ts";
import type { TDocumentRef } from "@erp-bridge/shared";

/**
 * Moves an order's open lines in the source warehouse to the target, as far as the transferred
 * quantities cover them, so the showroom sells what was reserved for the customer. A line moves
 * whole or not at all: ob_MagId cannot be split, and a partly covered line stays (with a warning)
 * so st_StanRez keeps equal to the sum of open reserving lines. The reservation moves only when the
 * order reserves (status 7).
 * uncertain: Subiekt may keep the reservation on the ZK's own warehouse and re-reserve on release;
 * re-pointing ob_MagId and moving st_StanRez is our reading of how its lines name their warehouse.
 */
export async function moveOrderReservation(
  ctx: TWriteContext,
  options: { ref: TDocumentRef; from: number; to: number; quantities: Map<number, number> },
): Promise<{ warnings: string[] }> {
  const order = await findDocumentQuery(ctx, { ref: options.ref, types: ["ZK"] }).executeTakeFirst();
  if (!order) throw new ErpWriteError({ code: "not_found", path: "orderRef", message: "no such order (ZK)" });
  const reserving = order.dok_Status === DOK_STATUS.ZK_RESERVED;
  const left = new Map(options.quantities);
  const warnings: string[] = [];
  let moved = 0;
  for (const line of await documentLinesQuery(ctx, { documentId: order.dok_Id }).execute()) {
    const open = line.ob_Ilosc - line.ob_IloscMag;
    if (open <= 0 || line.ob_TowId === null || line.ob_MagId !== options.from) continue;
    const available = left.get(line.ob_TowId);
    if (available === undefined) continue;
    if (available < open) {
      warnings.push(`${order.dok_NrPelny}: line ${line.ob_Id} needs ${open}, the transfer carries ${available}`);
      continue;
    }
    left.set(line.ob_TowId, available - open);
    await setLineWarehouseQuery(ctx, { lineId: line.ob_Id, warehouseId: options.to }).execute();
    moved += 1;
    if (!reserving) continue;
    const key = { productId: line.ob_TowId, onHand: 0 };
    await changeStock(ctx, { ...key, warehouseId: options.from, reserved: -open });
    await changeStock(ctx, { ...key, warehouseId: options.to, reserved: open });
  }
  if (moved === 0) warnings.push(`${order.dok_NrPelny} has no open line of these products in the source warehouse`);
  return { warnings };
}
