import type { TErpDocumentResult, TWrittenDocument } from "@erp-bridge/shared";
import type { TErpWrites } from "../erp-writes.ts";
import { createOrderWithCustomer } from "./order-writes/create-order-with-customer.ts";
import { toCommandError } from "./order-writes/to-command-error.ts";
import { loadWarehouses, type TWarehouseDictionary } from "./order-writes/warehouse-dictionary.ts";
import { toWrittenDocument } from "./order-writes/written-document.ts";
import { createSubiektWrites } from "./subiekt-writes.ts";
import { runWrite, type TWriteDb } from "./writes/run-write.ts";

/**
 * The order commands over Subiekt GT's writes. Each write is one transaction, idempotent by its
 * key; the warehouse dictionary turns the protocol's ids into the writes' codes and back.
 */
export function createSubiektOrderWrites(erp: TWriteDb): TErpWrites {
  const writes = createSubiektWrites(erp);
  const failing = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (error) {
      throw toCommandError(error);
    }
  };
  const documentWrite = (write: (warehouses: TWarehouseDictionary) => Promise<TErpDocumentResult>) =>
    failing(async (): Promise<TWrittenDocument> => {
      const warehouses = await loadWarehouses({ tx: erp.db });
      return toWrittenDocument({ result: await write(warehouses), warehouses });
    });
  return {
    createOrder: ({ input, divide }) =>
      failing(() =>
        runWrite({ erp, dryRun: input.dryRun, write: (ctx) => createOrderWithCustomer(ctx, { input, divide }) }),
      ),
    createSale: (input) =>
      documentWrite(() =>
        writes.createSaleFromOrder({
          externalKey: input.key,
          kind: input.kind,
          order: { externalKey: input.orderKey },
          payment: input.payment,
          dryRun: input.dryRun,
        }),
      ),
    createTransfer: (input) =>
      documentWrite((warehouses) =>
        writes.createTransfer({
          externalKey: input.key,
          from: warehouses.codeOf({ id: input.fromWarehouseId, path: "fromWarehouseId" }),
          to: warehouses.codeOf({ id: input.toWarehouseId, path: "toWarehouseId" }),
          orderRef: { externalKey: input.orderKey },
          lines: input.lines.map((line) => ({ product: { sku: line.sku }, quantity: line.quantity })),
          dryRun: input.dryRun,
        }),
      ),
    closeOrder: (input) =>
      documentWrite(() =>
        writes.closeOrder({ order: { externalKey: input.orderKey }, action: input.action, dryRun: input.dryRun }),
      ),
    createReturn: (input) =>
      documentWrite(() =>
        writes.createReturn({
          externalKey: input.key,
          sale: { externalKey: input.saleKey },
          lines: input.lines.map((line) => ({ product: { sku: line.sku }, quantity: line.quantity })),
          dryRun: input.dryRun,
        }),
      ),
  };
}
