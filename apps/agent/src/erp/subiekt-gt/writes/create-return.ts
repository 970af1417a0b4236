import { erpWallClock } from "../../time/erp-clock.ts";
import type { z } from "zod";
import { DOK_STATUS } from "../schema/document-codes.ts";
import { dayOf } from "./create-order.ts";
import { correctedQuantityQuery, documentLinesQuery, findDocumentQuery } from "./document-queries.ts";
import { insertDocument, type TWriteDraft } from "./insert-document.ts";
import { toGrosze } from "./money.ts";
import { matchReturnedLines } from "./match-returned-lines.ts";
import { readDocument } from "./read-document.ts";
import { resolveProducts } from "./resolve.ts";
import { lockAndFindWritten } from "./lock-and-find-written.ts";
import type { TWriteContext } from "./run-write.ts";
import { changeStock } from "./stock-queries.ts";
import { ErpWriteError } from "./write-error.ts";
import type { TErpDocumentResult, ZCreateReturnInput } from "@erp-bridge/shared";

/**
 * A KFS returning goods of an FS or PA: one negative line per corrected sale line (ob_DoId -> it)
 * at the sale's price, discount and VAT rate, so dok_Vat gets one negative row per rate and the
 * totals are the sums of the lines. The header links the sale (dok_DoDokId/dok_DoDokNrPelny) and
 * its buyer snapshot; the refund is booked in the sale's form of payment. st_Stan goes back up in
 * each line's warehouse.
 * uncertain: Subiekt may also write a PZ-like receipt and FIFO lots for the returned goods, and
 * settle the refund in nz__Finanse; none of these is written.
 */
export async function createReturn(
  ctx: TWriteContext,
  input: z.output<typeof ZCreateReturnInput>,
): Promise<Omit<TErpDocumentResult, "dryRun">> {
  const earlier = await lockAndFindWritten(ctx, { externalKey: input.externalKey, types: ["KFS"] });
  if (earlier) return earlier;

  const sale = await findDocumentQuery(ctx, { ref: input.sale, types: ["FS", "PA"] }).executeTakeFirst();
  if (!sale) throw new ErpWriteError({ code: "not_found", path: "sale", message: "no such sale (FS or PA)" });
  const products = await resolveProducts(ctx, {
    refs: input.lines.map((l) => l.product),
    path: (i) => `lines.${i}.product`,
  });
  const saleLines = await documentLinesQuery(ctx, { documentId: sale.dok_Id }).execute();
  const corrected = await correctedQuantityQuery(ctx, { lineIds: saleLines.map((l) => l.ob_Id) }).execute();
  const matched = matchReturnedLines({
    sold: saleLines.map((l) => ({
      id: l.ob_Id,
      productId: l.ob_TowId ?? 0,
      quantity: l.ob_Ilosc,
      // Corrections are negative; the driver may hand a SUM back as a decimal string.
      returned: -Number(corrected.find((c) => c.ob_DoId === l.ob_Id)?.corrected ?? 0),
    })),
    returns: input.lines.map((l, i) => ({ productId: products[i]?.id ?? 0, quantity: l.quantity })),
  });
  const lines = matched.map(({ lineId, quantity }) => {
    const sold = saleLines.find((l) => l.ob_Id === lineId);
    if (!sold) throw new Error("matched line not on the sale");
    return {
      productId: sold.ob_TowId ?? 0,
      rodzaj: sold.ob_TowRodzaj,
      unit: sold.ob_Jm ?? "",
      vatId: sold.ob_VatId,
      vatPercent: sold.ob_VatProc,
      quantity: -quantity,
      issuedQuantity: -quantity,
      price: toGrosze(sold.ob_CenaNetto),
      unitCost: toGrosze(sold.ob_CenaMag),
      discountPercent: sold.ob_Rabat,
      warehouseId: sold.ob_MagId ?? sale.dok_MagId ?? 0,
      sourceLineId: sold.ob_Id,
    };
  });
  const written = await insertDocument(ctx, {
    symbol: "KFS",
    date: dayOf(input.date ?? erpWallClock(new Date())),
    externalKey: input.externalKey,
    warehouseId: sale.dok_MagId ?? 0,
    customer:
      sale.dok_OdbiorcaId === null || sale.dok_OdbiorcaAdreshId === null
        ? null
        : { id: sale.dok_OdbiorcaId, snapshotId: sale.dok_OdbiorcaAdreshId },
    status: DOK_STATUS.ISSUED,
    source: { id: sale.dok_Id, number: sale.dok_NrPelny, date: sale.dok_DataWyst },
    payment: paymentOf(sale),
    deliveryDue: null,
    lines,
  });
  for (const line of lines) {
    await changeStock(ctx, {
      productId: line.productId,
      warehouseId: line.warehouseId,
      onHand: -line.quantity,
      reserved: 0,
    });
  }
  return { created: true, document: await readDocument(ctx, { id: written.id }), warnings: [] };
}

/** The refund goes back the way the sale was paid; a sale on credit is corrected on credit. */
function paymentOf(sale: {
  dok_KwGotowka: number | null;
  dok_KwKarta: number | null;
  dok_KwPrzelew: number | null;
}): TWriteDraft["payment"] {
  if ((sale.dok_KwGotowka ?? 0) !== 0) return "cash";
  if ((sale.dok_KwKarta ?? 0) !== 0) return "card";
  if ((sale.dok_KwPrzelew ?? 0) !== 0) return "transfer";
  return "credit";
}
