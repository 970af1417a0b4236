import { erpWallClock } from "../../time/erp-clock.ts";
import { DOK_STATUS } from "../schema/document-codes.ts";
import { addressSnapshot } from "./address-snapshot.ts";
import { insertDocument } from "./insert-document.ts";
import { toGrosze } from "./money.ts";
import { readDocument } from "./read-document.ts";
import { resolveProducts, resolveWarehouses, warehouseId, type TProduct } from "./resolve.ts";
import { customerQuery } from "./resolve-queries.ts";
import { lockAndFindWritten } from "./lock-and-find-written.ts";
import type { TWriteContext } from "./run-write.ts";
import { changeStocks } from "./stock-queries.ts";
import { ErpWriteError } from "./write-error.ts";
import type { TErpDocumentResult, ZCreateOrderInput } from "@erp-bridge/shared";
import type { z } from "zod";

/** A ZK resolved to ids: what the writer needs, with every symbol, code and SKU looked up once. */
export type TResolvedOrder = {
  externalKey: string;
  customerId: number;
  warehouseId: number;
  reserve: boolean;
  date: Date | undefined;
  deliveryDue: Date | undefined;
  lines: { product: TProduct; quantity: number; netPrice: number; discountPercent: number; warehouseId: number }[];
};

/** A ZK for a customer by symbol and warehouses by code: resolves them, then writes it (writeOrder). */
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
  return writeOrder(ctx, {
    externalKey: input.externalKey,
    customerId: customer.kh_Id,
    warehouseId: warehouseId(warehouses, input.warehouse),
    reserve: input.reserve,
    date: input.date,
    deliveryDue: input.deliveryDue,
    lines: input.lines.map((line, index) => {
      const product = products[index];
      if (!product) throw new Error("product not resolved");
      return {
        product,
        quantity: line.quantity,
        netPrice: line.netPrice,
        discountPercent: line.discountPercent,
        warehouseId: warehouseId(warehouses, line.warehouse ?? input.warehouse),
      };
    }),
  });
}

/**
 * Writes a resolved ZK; the caller holds the document lock and found no document under its key.
 * With `reserve` it raises st_StanRez of each line's warehouse by the line's quantity.
 */
export async function writeOrder(
  ctx: TWriteContext,
  order: TResolvedOrder,
): Promise<Omit<TErpDocumentResult, "dryRun">> {
  const date = dayOf(order.date ?? erpWallClock(new Date()));
  const warnings: string[] = [];
  const lines = order.lines.map(({ product, ...line }) => ({
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
    warehouseId: line.warehouseId,
    sourceLineId: null,
    sku: product.sku,
  }));
  const written = await insertDocument(ctx, {
    symbol: "ZK",
    date,
    externalKey: order.externalKey,
    warehouseId: order.warehouseId,
    customer: { id: order.customerId, snapshotId: await addressSnapshot(ctx, { customerId: order.customerId, date }) },
    status: order.reserve ? DOK_STATUS.ZK_RESERVED : DOK_STATUS.ZK_WITHOUT_RESERVATION,
    source: null,
    payment: "none",
    deliveryDue: order.deliveryDue ?? null,
    lines,
  });
  if (order.reserve) {
    const moves = lines.map((line) => ({ ...line, onHand: 0, reserved: line.quantity }));
    const before = await changeStocks(ctx, moves);
    const reserving = new Map<string, number>();
    for (const line of lines) {
      const row = `${line.productId}:${line.warehouseId}`;
      const earlier = reserving.get(row) ?? 0;
      reserving.set(row, earlier + line.quantity);
      const was = before.get(row) ?? { onHand: 0, reserved: 0 };
      const available = was.onHand - was.reserved - earlier;
      // Subiekt lets an order reserve more than is free; the caller should know it is short.
      if (available < line.quantity) {
        warnings.push(`${line.sku}: reserving ${line.quantity} with only ${available} available`);
      }
    }
  }
  return { created: true, document: await readDocument(ctx, { id: written.id }), warnings };
}

/** Documents are dated by the ERP's calendar day (wall-clock midnight, see erp-clock.ts): dok_DataWyst holds a date. */
export function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
