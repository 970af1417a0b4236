import { closeOrder } from "./close-order.ts";
import { createCustomer } from "./create-customer.ts";
import { createOrder } from "./create-order.ts";
import { createReturn } from "./create-return.ts";
import { createSaleFromOrder } from "./create-sale-from-order.ts";
import { createTransfer } from "./create-transfer.ts";
import { customerIdNeeds, documentIdNeeds, idNeedsFromSource } from "./id-needs.ts";
import { runWrite, type TNeedsContext, type TWriteDb } from "./run-write.ts";
import { parseInput } from "./write-error.ts";
import {
  ZCloseOrderInput,
  ZCreateCustomerInput,
  ZCreateOrderInput,
  ZCreateReturnInput,
  ZCreateSaleFromOrderInput,
  ZCreateTransferInput,
  type TCloseOrderInput,
  type TCreateCustomerInput,
  type TCreateOrderInput,
  type TCreateReturnInput,
  type TCreateSaleFromOrderInput,
  type TCreateTransferInput,
  type TErpCustomerResult,
  type TErpDocumentResult,
} from "@erp-bridge/shared";

/**
 * The SQL writer's document writes by symbol, code and number (the emulated Sfera bridge and the
 * writes' own tests use them; the order commands go through sql-writer.ts). Each validates its input (ErpWriteError naming the field), then runs in
 * one transaction, idempotent by its external key; `dryRun` runs it and rolls it back.
 */
export function createDocumentWrites(erp: TWriteDb) {
  return {
    createCustomer: async (raw: TCreateCustomerInput): Promise<TErpCustomerResult> => {
      const input = parseInput(ZCreateCustomerInput, raw);
      const ids = customerIdNeeds;
      const result = await runWrite({ erp, dryRun: input.dryRun, ids, write: (ctx) => createCustomer(ctx, input) });
      return { ...result, dryRun: input.dryRun };
    },
    createOrder: async (raw: TCreateOrderInput): Promise<TErpDocumentResult> => {
      const input = parseInput(ZCreateOrderInput, raw);
      const ids = documentIdNeeds({ lines: input.lines.length });
      const result = await runWrite({ erp, dryRun: input.dryRun, ids, write: (ctx) => createOrder(ctx, input) });
      return { ...result, dryRun: input.dryRun };
    },
    closeOrder: async (raw: TCloseOrderInput): Promise<TErpDocumentResult> => {
      const input = parseInput(ZCloseOrderInput, raw);
      const result = await runWrite({ erp, dryRun: input.dryRun, ids: {}, write: (ctx) => closeOrder(ctx, input) });
      return { ...result, dryRun: input.dryRun };
    },
    createSaleFromOrder: async (raw: TCreateSaleFromOrderInput): Promise<TErpDocumentResult> => {
      const input = parseInput(ZCreateSaleFromOrderInput, raw);
      const ids = (ctx: TNeedsContext) => idNeedsFromSource(ctx, { ref: input.order, types: ["ZK"] });
      const result = await runWrite({
        erp,
        dryRun: input.dryRun,
        ids,
        write: (ctx) => createSaleFromOrder(ctx, input),
      });
      return { ...result, dryRun: input.dryRun };
    },
    createTransfer: async (raw: TCreateTransferInput): Promise<TErpDocumentResult> => {
      const input = parseInput(ZCreateTransferInput, raw);
      const ids = documentIdNeeds({ lines: input.lines.length });
      const result = await runWrite({ erp, dryRun: input.dryRun, ids, write: (ctx) => createTransfer(ctx, input) });
      return { ...result, dryRun: input.dryRun };
    },
    createReturn: async (raw: TCreateReturnInput): Promise<TErpDocumentResult> => {
      const input = parseInput(ZCreateReturnInput, raw);
      const ids = (ctx: TNeedsContext) => idNeedsFromSource(ctx, { ref: input.sale, types: ["FS", "PA"] });
      const result = await runWrite({ erp, dryRun: input.dryRun, ids, write: (ctx) => createReturn(ctx, input) });
      return { ...result, dryRun: input.dryRun };
    },
  };
}

export type TDocumentWrites = ReturnType<typeof createDocumentWrites>;
