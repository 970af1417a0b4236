import type { TErpDocumentResult, TWrittenDocument } from "@erp-bridge/shared";
import type { TErpWriter } from "../../erp-writer.ts";
import { closeOrder } from "./close-order.ts";
import { createOrderWithCustomer } from "./create-order-with-customer.ts";
import { createReturn } from "./create-return.ts";
import { createSaleFromOrder } from "./create-sale-from-order.ts";
import { writeTransfer } from "./create-transfer.ts";
import { lockAndFindWritten } from "./lock-and-find-written.ts";
import { resolveProducts } from "./resolve.ts";
import { guardSqlSale } from "./sql-sales-guard.ts";
import type { TIdNeeds } from "./allocate-ids.ts";
import { customerIdNeeds, documentIdNeeds, idNeedsFromSource, sumIdNeeds } from "./id-needs.ts";
import { runWrite, type TNeedsContext, type TWriteContext, type TWriteDb } from "./run-write.ts";
import { toCommandError } from "./to-command-error.ts";
import { loadWarehouses, type TWarehouseDictionary } from "./warehouse-dictionary.ts";
import { toWrittenDocument } from "./written-document.ts";

/**
 * The SQL writer: Subiekt GT's documents written straight into its tables. Each command is one
 * transaction, idempotent by its key; the protocol's warehouse ids and SKUs are resolved once,
 * in that transaction, and the document comes back with warehouse ids again.
 */
export function createSqlWriter(erp: TWriteDb): TErpWriter {
  const failing = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (error) {
      throw toCommandError(error);
    }
  };
  const documentWrite = (
    dryRun: boolean,
    ids: TIdNeeds | ((ctx: TNeedsContext) => Promise<TIdNeeds>),
    write: (ctx: TWriteContext, warehouses: TWarehouseDictionary) => Promise<Omit<TErpDocumentResult, "dryRun">>,
  ) =>
    failing(() =>
      runWrite({
        erp,
        dryRun,
        ids,
        write: async (ctx): Promise<TWrittenDocument> => {
          const warehouses = await loadWarehouses(ctx);
          const result = await write(ctx, warehouses);
          return toWrittenDocument({ result: { ...result, dryRun }, warehouses });
        },
      }),
    );
  return {
    capabilities: {
      documentTypes: ["ZK", "FS", "PA", "KFS", "MM"],
      reservation: true,
      fiscalReceipt: false,
      dryRun: true,
    },
    createOrder: ({ input, divide }) =>
      failing(() =>
        runWrite({
          erp,
          dryRun: input.dryRun,
          // A line may be divided over every warehouse given.
          ids: sumIdNeeds(customerIdNeeds, documentIdNeeds({ lines: input.lines.length * input.warehouseIds.length })),
          write: (ctx) => createOrderWithCustomer(ctx, { input, divide }),
        }),
      ),
    createSale: async (input) => {
      guardSqlSale({ dialect: erp.dialect, documentType: input.kind, input });
      return documentWrite(
        input.dryRun,
        (ctx) => idNeedsFromSource(ctx, { ref: { externalKey: input.orderKey }, types: ["ZK"] }),
        (ctx) =>
          createSaleFromOrder(ctx, {
            externalKey: input.key,
            kind: input.kind,
            order: { externalKey: input.orderKey },
            payment: input.payment,
            dryRun: input.dryRun,
          }),
      );
    },
    createTransfer: (input) =>
      documentWrite(input.dryRun, documentIdNeeds({ lines: input.lines.length }), async (ctx, warehouses) => {
        const earlier = await lockAndFindWritten(ctx, { externalKey: input.key, types: ["MM"] });
        if (earlier) return earlier;
        warehouses.codeOf({ id: input.fromWarehouseId, path: "fromWarehouseId" });
        warehouses.codeOf({ id: input.toWarehouseId, path: "toWarehouseId" });
        const products = await resolveProducts(ctx, {
          refs: input.lines.map((line) => ({ sku: line.sku })),
          path: (index) => `lines.${index}.product`,
        });
        return writeTransfer(ctx, {
          externalKey: input.key,
          from: input.fromWarehouseId,
          to: input.toWarehouseId,
          orderRef: { externalKey: input.orderKey },
          date: undefined,
          lines: input.lines.map((line, index) => {
            const product = products[index];
            if (!product) throw new Error("product not resolved");
            return { product, quantity: line.quantity };
          }),
        });
      }),
    closeOrder: (input) =>
      documentWrite(input.dryRun, {}, (ctx) =>
        closeOrder(ctx, { order: { externalKey: input.orderKey }, action: input.action, dryRun: input.dryRun }),
      ),
    createReturn: async (input) => {
      guardSqlSale({ dialect: erp.dialect, documentType: "KFS", input });
      return documentWrite(
        input.dryRun,
        (ctx) => idNeedsFromSource(ctx, { ref: { externalKey: input.saleKey }, types: ["FS", "PA"] }),
        (ctx) =>
          createReturn(ctx, {
            externalKey: input.key,
            sale: { externalKey: input.saleKey },
            lines: input.lines.map((line) => ({ product: { sku: line.sku }, quantity: line.quantity })),
            dryRun: input.dryRun,
          }),
      );
    },
  };
}
