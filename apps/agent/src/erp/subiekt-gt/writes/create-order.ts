import { DOK_STATUS } from "../schema/document-codes.ts";
import { addressSnapshot } from "./address-snapshot.ts";
import { insertDocument } from "./insert-document.ts";
import { toGrosze } from "./money.ts";
import { readDocument } from "./read-document.ts";
import { resolveProducts, resolveWarehouses, warehouseId } from "./resolve.ts";
import { customerQuery } from "./resolve-queries.ts";
import { lockAndFindWritten } from "./lock-and-find-written.ts";
import type { TWriteContext } from "./run-write.ts";
import { changeStock } from "./stock-queries.ts";
import { ErpWriteError } from "./write-error.ts";
import type { TErpDocumentResult, ZCreateOrderInput } from "@erp-bridge/shared";
import type { z } from "zod";

/** A ZK for a customer; with `reserve` it raises st_StanRez of each line's warehouse by the line's quantity. */
export async function createOrder(
  ctx: TWriteContext,
  input: z.output<typeof ZCreateOrderInput>,
): Promise<Omit<TErpDocumentResult, "dryRun">> {
  const earlier = await lockAndFindWritten(ctx, { externalKey: input.externalKey, types: ["ZK"] });
  if (earlier) return earlier;

  const customer = await customerQuery(ctx, { symbol: input.customer.symbol }).executeTakeFirst();
  if (!customer) {
    throw new ErpWriteError({
      code: "not_found",
      path: "customer.symbol",
      message: `no customer ${input.customer.symbol}`,
    });
  }
  const warehouses = await resolveWarehouses(ctx, {
    fields: [
      ["warehouse", input.warehouse],
      ...input.lines.flatMap((l, i): [string, string][] =>
        l.warehouse ? [[`lines.${i}.warehouse`, l.warehouse]] : [],
      ),
    ],
  });
  const products = await resolveProducts(ctx, {
    refs: input.lines.map((l) => l.product),
    path: (i) => `lines.${i}.product`,
  });
  const date = dayOf(input.date ?? new Date());
  const warnings: string[] = [];
  const lines = input.lines.map((line, index) => {
    const product = products[index];
    if (!product) throw new Error("product not resolved");
    return {
      productId: product.id,
      rodzaj: product.rodzaj,
      unit: product.unit,
      vatId: product.vatId,
      vatPercent: product.vatPercent,
      quantity: line.quantity,
      issuedQuantity: 0,
      price: toGrosze(line.netPrice),
      unitCost: toGrosze(product.purchasePrice),
      discountPercent: line.discountPercent,
      warehouseId: warehouseId(warehouses, line.warehouse ?? input.warehouse),
      sourceLineId: null,
      sku: product.sku,
    };
  });
  const written = await insertDocument(ctx, {
    symbol: "ZK",
    date,
    externalKey: input.externalKey,
    warehouseId: warehouseId(warehouses, input.warehouse),
    customer: { id: customer.kh_Id, snapshotId: await addressSnapshot(ctx, { customerId: customer.kh_Id, date }) },
    status: input.reserve ? DOK_STATUS.ZK_RESERVED : DOK_STATUS.ZK_WITHOUT_RESERVATION,
    source: null,
    payment: "none",
    deliveryDue: input.deliveryDue ?? null,
    lines,
  });
  if (input.reserve) {
    for (const line of lines) {
      const before = await changeStock(ctx, { ...line, onHand: 0, reserved: line.quantity });
      const available = before.onHand - before.reserved;
      // Subiekt lets an order reserve more than is free; the caller should know it is short.
      if (available < line.quantity) {
        warnings.push(`${line.sku}: reserving ${line.quantity} with only ${available} available`);
      }
    }
  }
  return { created: true, document: await readDocument(ctx, { id: written.id }), warnings };
}

/** Documents are dated by day (UTC midnight), as Subiekt's dok_DataWyst holds a date. */
export function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
