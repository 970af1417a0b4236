import { ZChannelDocumentKind, type TChannelDocumentKind } from "@erp-bridge/shared";

/**
 * The ERP document types a customer's history holds, by the word the channel API uses. The copy
 * keeps the connector's ERP-neutral type symbols (FS, PA, KFS, ZK); MM moves goods between
 * warehouses and is nobody's purchase.
 */
export const DOCUMENT_SYMBOL_OF_KIND: Record<TChannelDocumentKind, string> = {
  order: "ZK",
  invoice: "FS",
  receipt: "PA",
  correction: "KFS",
};

const KIND_OF_SYMBOL = new Map(
  Object.entries(DOCUMENT_SYMBOL_OF_KIND).map(([kind, symbol]) => [symbol, ZChannelDocumentKind.parse(kind)]),
);

export function documentKindOf(symbol: string): TChannelDocumentKind {
  const kind = KIND_OF_SYMBOL.get(symbol);
  if (!kind) throw new Error(`document type ${symbol} is not part of a customer's history`);
  return kind;
}
