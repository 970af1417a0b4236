import { closeOrder } from "./writes/close-order.ts";
import { createCustomer } from "./writes/create-customer.ts";
import { createOrder } from "./writes/create-order.ts";
import { createReturn } from "./writes/create-return.ts";
import { createSaleFromOrder } from "./writes/create-sale-from-order.ts";
import { createTransfer } from "./writes/create-transfer.ts";
import { runWrite, type TWriteDb } from "./writes/run-write.ts";
import { parseInput } from "./writes/write-error.ts";
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
 * The Subiekt GT writes. Each validates its input (ErpWriteError naming the field), then runs in
 * one transaction, idempotent by its external key; `dryRun` runs it and rolls it back.
 */
export function createSubiektWrites(erp: TWriteDb) {
  return {
    createCustomer: async (raw: TCreateCustomerInput): Promise<TErpCustomerResult> => {
      const input = parseInput(ZCreateCustomerInput, raw);
      const result = await runWrite({ erp, dryRun: input.dryRun, write: (ctx) => createCustomer(ctx, input) });
      return { ...result, dryRun: input.dryRun };
    },
    createOrder: async (raw: TCreateOrderInput): Promise<TErpDocumentResult> => {
      const input = parseInput(ZCreateOrderInput, raw);
      const result = await runWrite({ erp, dryRun: input.dryRun, write: (ctx) => createOrder(ctx, input) });
      return { ...result, dryRun: input.dryRun };
    },
    closeOrder: async (raw: TCloseOrderInput): Promise<TErpDocumentResult> => {
      const input = parseInput(ZCloseOrderInput, raw);
      const result = await runWrite({ erp, dryRun: input.dryRun, write: (ctx) => closeOrder(ctx, input) });
      return { ...result, dryRun: input.dryRun };
    },
    createSaleFromOrder: async (raw: TCreateSaleFromOrderInput): Promise<TErpDocumentResult> => {
      const input = parseInput(ZCreateSaleFromOrderInput, raw);
      const result = await runWrite({ erp, dryRun: input.dryRun, write: (ctx) => createSaleFromOrder(ctx, input) });
      return { ...result, dryRun: input.dryRun };
    },
    createTransfer: async (raw: TCreateTransferInput): Promise<TErpDocumentResult> => {
      const input = parseInput(ZCreateTransferInput, raw);
      const result = await runWrite({ erp, dryRun: input.dryRun, write: (ctx) => createTransfer(ctx, input) });
      return { ...result, dryRun: input.dryRun };
    },
    createReturn: async (raw: TCreateReturnInput): Promise<TErpDocumentResult> => {
      const input = parseInput(ZCreateReturnInput, raw);
      const result = await runWrite({ erp, dryRun: input.dryRun, write: (ctx) => createReturn(ctx, input) });
      return { ...result, dryRun: input.dryRun };
    },
  };
}

export type TSubiektWrites = ReturnType<typeof createSubiektWrites>;
