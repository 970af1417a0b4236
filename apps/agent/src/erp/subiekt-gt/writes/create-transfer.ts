import { erpWallClock } from "../../time/erp-clock.ts";
import type { z } from "zod";
import { DOK_STATUS } from "../schema/document-codes.ts";
import { dayOf } from "./create-order.ts";
import { insertDocument } from "./insert-document.ts";
import { toGrosze } from "./money.ts";
import { moveOrderReservation } from "./move-order-reservation.ts";
import { readDocument } from "./read-document.ts";
import { resolveProducts, resolveWarehouses, warehouseId, type TProduct } from "./resolve.ts";
import { warehouseCodeQuery } from "./resolve-queries.ts";
import { lockAndFindWritten } from "./lock-and-find-written.ts";
import type { TWriteContext } from "./run-write.ts";
import { changeStock } from "./stock-queries.ts";
import type { TDocumentRef, TErpDocumentResult, ZCreateTransferInput } from "@erp-bridge/shared";

/**
 * An MM moving goods between two warehouses: dok_MagId is the source and each line's ob_MagId the
 * target (the sandbox's reading; the real target column is uncertain), valued at purchase price
 * with no VAT rows. st_Stan goes down in the source and up in the target by exactly the lines'
 * quantities. With `orderRef` the order's lines and reservation follow the goods.
 * uncertain: Subiekt also writes FIFO lots (dok_MagRuch) for an MM; they are not written.
 */
export async function createTransfer(
  ctx: TWriteContext,
  input: z.output<typeof ZCreateTransferInput>,
): Promise<Omit<TErpDocumentResult, "dryRun">> {
  const earlier = await lockAndFindWritten(ctx, { externalKey: input.externalKey, types: ["MM"] });
  if (earlier) return earlier;

  const warehouses = await resolveWarehouses(ctx, {
    fields: [
      ["from", input.from],
      ["to", input.to],
    ],
  });
  const products = await resolveProducts(ctx, {
    refs: input.lines.map((l) => l.product),
    path: (i) => `lines.${i}.product`,
  });
  return writeTransfer(ctx, {
    externalKey: input.externalKey,
    from: warehouseId(warehouses, input.from),
    to: warehouseId(warehouses, input.to),
    orderRef: input.orderRef,
    date: input.date,
    lines: input.lines.map((line, index) => {
      const product = products[index];
      if (!product) throw new Error("product not resolved");
      return { product, quantity: line.quantity };
    }),
  });
}

/** An MM resolved to ids; the caller holds the document lock and found nothing under its key. */
export async function writeTransfer(
  ctx: TWriteContext,
  transfer: {
    externalKey: string;
    from: number;
    to: number;
    orderRef: TDocumentRef | undefined;
    date: Date | undefined;
    lines: { product: TProduct; quantity: number }[];
  },
): Promise<Omit<TErpDocumentResult, "dryRun">> {
  const { from, to } = transfer;
  const lines = transfer.lines.map(({ product, quantity }) => ({
    productId: product.id,
    rodzaj: product.rodzaj,
    unit: product.unit,
    vatId: null,
    vatPercent: 0,
    quantity,
    issuedQuantity: quantity,
    price: toGrosze(product.purchasePrice),
    unitCost: toGrosze(product.purchasePrice),
    discountPercent: 0,
    warehouseId: to,
    sourceLineId: null,
    sku: product.sku,
  }));
  const date = dayOf(transfer.date ?? erpWallClock(new Date()));
  const written = await insertDocument(ctx, {
    symbol: "MM",
    date,
    externalKey: transfer.externalKey,
    warehouseId: from,
    customer: null,
    status: DOK_STATUS.ISSUED,
    source: null,
    payment: "none",
    deliveryDue: null,
    lines,
  });
  const warnings: string[] = [];
  if (transfer.orderRef) {
    const quantities = new Map<number, number>();
    for (const l of lines) quantities.set(l.productId, (quantities.get(l.productId) ?? 0) + l.quantity);
    const moved = await moveOrderReservation(ctx, { ref: transfer.orderRef, from, to, quantities });
    warnings.push(...moved.warnings);
  }
  const source = await warehouseCodeQuery(ctx, { id: from }).executeTakeFirst();
  // After the order's reservation left the source, what is still reserved there is other orders'.
  for (const line of lines) {
    const before = await changeStock(ctx, {
      productId: line.productId,
      warehouseId: from,
      onHand: -line.quantity,
      reserved: 0,
    });
    await changeStock(ctx, { productId: line.productId, warehouseId: to, onHand: line.quantity, reserved: 0 });
    const where = source?.mag_Symbol.trim() ?? String(from);
    // Subiekt lets a transfer go below zero; the caller should know the count is off.
    if (before.onHand < line.quantity) {
      warnings.push(`${line.sku}: moving ${line.quantity} with ${before.onHand} on hand in ${where}`);
    } else if (before.onHand - before.reserved < line.quantity) {
      warnings.push(`${line.sku}: moving ${line.quantity} takes goods reserved by other orders in ${where}`);
    }
  }
  return { created: true, document: await readDocument(ctx, { id: written.id }), warnings };
}
