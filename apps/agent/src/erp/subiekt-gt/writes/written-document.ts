import type { TErpDocumentResult, TWrittenDocument } from "@erp-bridge/shared";
import type { TWarehouseDictionary } from "./warehouse-dictionary.ts";

/** A write's result as the protocol carries it: warehouse ids instead of codes, no Date. */
export function toWrittenDocument(options: {
  result: TErpDocumentResult;
  warehouses: TWarehouseDictionary;
}): TWrittenDocument {
  const { result, warehouses } = options;
  const { document } = result;
  return {
    id: document.id,
    type: document.type,
    number: document.number,
    externalKey: document.externalKey,
    status: document.status,
    warehouseId: warehouses.idOf(document.warehouse),
    totals: document.totals,
    lines: document.lines.map((line) => ({
      sku: line.sku,
      quantity: line.quantity,
      warehouseId: warehouses.idOf(line.warehouse),
      net: line.net,
      gross: line.gross,
    })),
    created: result.created,
    dryRun: result.dryRun,
    warnings: result.warnings,
  };
}
