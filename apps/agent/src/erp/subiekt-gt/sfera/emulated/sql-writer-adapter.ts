import type {
  TCloseOrderInput,
  TCreateCustomerInput,
  TCreateOrderInput,
  TCreateReturnInput,
  TCreateSaleFromOrderInput,
  TCreateTransferInput,
  TErpDocumentResult,
} from "@erp-bridge/shared";
import { createDocumentWrites } from "../../writes/document-writes.ts";
import type { TWriteDb } from "../../writes/run-write.ts";
import { ErpWriteError } from "../../writes/write-error.ts";
import { BridgeFailure } from "./serve-bridge.ts";

/**
 * The one place the emulated bridge reaches the SQL writer: its document writes by symbol, code and
 * number (writes/document-writes.ts), the layer under the TErpWriter the order commands use. A refusal (ErpWriteError) answers REFUSED with the
 * writer's message, as the real bridge answers with Sfera's; answers carry what the real bridge's
 * do: the document's id and number.
 */
export function createEmulatedWrites(erp: TWriteDb) {
  const writes = createDocumentWrites(erp);
  return {
    createCustomer: (input: TCreateCustomerInput) =>
      refusing(async () => {
        const result = await writes.createCustomer(input);
        return { customer: { id: result.customer.id, symbol: result.customer.symbol }, created: result.created };
      }),
    createOrder: (input: TCreateOrderInput) => refusing(async () => written(await writes.createOrder(input))),
    createSale: (input: TCreateSaleFromOrderInput) =>
      refusing(async () => written(await writes.createSaleFromOrder(input))),
    createTransfer: (input: TCreateTransferInput) => refusing(async () => written(await writes.createTransfer(input))),
    createReturn: (input: TCreateReturnInput) => refusing(async () => written(await writes.createReturn(input))),
    closeOrder: (input: TCloseOrderInput) => refusing(async () => written(await writes.closeOrder(input))),
  };
}

export type TEmulatedWrites = ReturnType<typeof createEmulatedWrites>;

function written(result: TErpDocumentResult) {
  return {
    document: { id: result.document.id, number: result.document.number },
    created: result.created,
    warnings: result.warnings,
  };
}

async function refusing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ErpWriteError)
      throw new BridgeFailure({ code: "REFUSED", message: error.message, retryable: false });
    throw error;
  }
}
