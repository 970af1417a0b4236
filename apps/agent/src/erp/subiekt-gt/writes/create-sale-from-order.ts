import { erpWallClock } from "../../time/erp-clock.ts";
import type { z } from "zod";
import { DOK_STATUS } from "../schema/document-codes.ts";
import { addressSnapshot } from "./address-snapshot.ts";
import { dayOf } from "./create-order.ts";
import {
  documentLinesQuery,
  findDocumentQuery,
  setDocumentStatusQuery,
  setLineIssuedQuery,
} from "./document-queries.ts";
import { insertDocument } from "./insert-document.ts";
import { toGrosze } from "./money.ts";
import { readDocument } from "./read-document.ts";
import { lockAndFindWritten } from "./lock-and-find-written.ts";
import type { TWriteContext } from "./run-write.ts";
import { changeStock } from "./stock-queries.ts";
import { ErpWriteError } from "./write-error.ts";
import type { TErpDocumentResult, ZCreateSaleFromOrderInput } from "@erp-bridge/shared";

/**
 * An FS or PA for what is still open on a ZK: copies those lines (ob_DoId -> the order line),
 * links the header to the order, issues the goods (st_Stan down in each line's warehouse), marks
 * the order's lines issued and the order fulfilled, and releases what it still reserved.
 * uncertain: Subiekt may issue through a separate WZ and FIFO lots (dok_MagRuch); neither is written.
 */
export async function createSaleFromOrder(
  ctx: TWriteContext,
  input: z.output<typeof ZCreateSaleFromOrderInput>,
): Promise<Omit<TErpDocumentResult, "dryRun">> {
  const earlier = await lockAndFindWritten(ctx, { externalKey: input.externalKey, types: ["FS", "PA"] });
  if (earlier) return earlier;

  const order = await findDocumentQuery(ctx, { ref: input.order, types: ["ZK"] }).executeTakeFirst();
  if (!order) throw new ErpWriteError({ code: "not_found", path: "order", message: "no such order (ZK)" });
  const orderLines = await documentLinesQuery(ctx, { documentId: order.dok_Id }).execute();
  const open = orderLines.filter((l) => l.ob_Ilosc - l.ob_IloscMag > 0);
  if (open.length === 0) {
    throw new ErpWriteError({
      code: "conflict",
      path: "order",
      message: `${order.dok_NrPelny} has nothing left to sell`,
    });
  }
  const date = dayOf(input.date ?? erpWallClock(new Date()));
  const customer =
    order.dok_OdbiorcaId === null
      ? null
      : {
          id: order.dok_OdbiorcaId,
          snapshotId: await addressSnapshot(ctx, { customerId: order.dok_OdbiorcaId, date }),
        };
  const lines = open.map((l) => ({
    productId: l.ob_TowId ?? 0,
    rodzaj: l.ob_TowRodzaj,
    unit: l.ob_Jm ?? "",
    vatId: l.ob_VatId,
    vatPercent: l.ob_VatProc,
    quantity: l.ob_Ilosc - l.ob_IloscMag,
    issuedQuantity: l.ob_Ilosc - l.ob_IloscMag,
    price: toGrosze(l.ob_CenaNetto),
    unitCost: toGrosze(l.ob_CenaMag),
    discountPercent: l.ob_Rabat,
    warehouseId: l.ob_MagId ?? order.dok_MagId ?? 0,
    sourceLineId: l.ob_Id,
  }));
  const written = await insertDocument(ctx, {
    symbol: input.kind,
    date,
    externalKey: input.externalKey,
    warehouseId: order.dok_MagId ?? 0,
    customer,
    status: DOK_STATUS.ISSUED,
    source: { id: order.dok_Id, number: order.dok_NrPelny, date: order.dok_DataWyst },
    payment: input.payment ?? (input.kind === "FS" ? "transfer" : "cash"),
    deliveryDue: null,
    lines,
  });
  const reserving = order.dok_Status === DOK_STATUS.ZK_RESERVED;
  const warnings: string[] = [];
  for (const line of lines) {
    const before = await changeStock(ctx, {
      productId: line.productId,
      warehouseId: line.warehouseId,
      onHand: -line.quantity,
      reserved: reserving ? -line.quantity : 0,
    });
    if (before.onHand < line.quantity) {
      warnings.push(`product ${line.productId}: issuing ${line.quantity} with ${before.onHand} on hand`);
    }
    await setLineIssuedQuery(ctx, { lineId: line.sourceLineId }).execute();
  }
  await setDocumentStatusQuery(ctx, { id: order.dok_Id, status: DOK_STATUS.ZK_FULFILLED }).execute();
  return { created: true, document: await readDocument(ctx, { id: written.id }), warnings };
}
