import type { TDokTypSymbol } from "../schema/document-codes.ts";
import { buildDocumentRows, priceDocument, type TDocumentDraft } from "../writes/document-rows.ts";
import type { TBulkWriter } from "./bulk-writer.ts";
import type { TSandboxProduct } from "./sandbox-model.ts";

export type TDraftLine = {
  product: TSandboxProduct;
  /** Negative on a correction. */
  qty: number;
  /** Net unit price in grosze. */
  price: number;
  /** Purchase (warehouse) unit price in grosze: ob_CenaMag. */
  unitCost: number;
  discount: number;
  issuedQty: number;
  sourceLineId: number | null;
  warehouseId: number;
};

export type TDraftDocument = {
  symbol: TDokTypSymbol;
  nr: number;
  nrPelny: string;
  externalNumber: string;
  warehouseId: number;
  date: Date;
  customer: { id: number; addressSnapshotId: number } | null;
  status: number;
  priceLevel: number | null;
  discount: number;
  source: { id: number; nrPelny: string; date: Date } | null;
  payment: "cash" | "card" | "transfer" | "none";
  paymentDue: Date | null;
  deliveryDue: Date | null;
  lines: TDraftLine[];
};

export type TIdCounters = { dok: number; ob: number; vt: number };

/**
 * Writes one historic document with its lines and VAT summary, built by the writer's own row
 * builder (writes/document-rows.ts): the sandbox's history is shaped exactly as the writer writes.
 */
export async function writeDocument(options: { writer: TBulkWriter; ids: TIdCounters; draft: TDraftDocument }) {
  const { writer, ids, draft } = options;
  const document: TDocumentDraft = {
    symbol: draft.symbol,
    date: draft.date,
    externalKey: draft.externalNumber,
    warehouseId: draft.warehouseId,
    targetWarehouseId: draft.symbol === "MM" ? (draft.lines[0]?.warehouseId ?? null) : null,
    customer: draft.customer && { id: draft.customer.id, snapshotId: draft.customer.addressSnapshotId },
    status: draft.status,
    source: draft.source && { id: draft.source.id, number: draft.source.nrPelny, date: draft.source.date },
    payment: draft.payment,
    priceLevel: draft.priceLevel,
    discountPercent: draft.discount,
    paymentDue: draft.paymentDue,
    deliveryDue: draft.deliveryDue,
    lines: draft.lines.map((line) => ({
      productId: line.product.id,
      rodzaj: line.product.rodzaj,
      unit: line.product.unit,
      vatId: line.product.vat.id,
      vatPercent: line.product.vat.percent,
      quantity: line.qty,
      issuedQuantity: line.issuedQty,
      price: line.price,
      discountPercent: line.discount,
      unitCost: line.unitCost,
      warehouseId: line.warehouseId,
      sourceLineId: line.sourceLineId,
    })),
  };
  const priced = priceDocument(document);
  const first = { document: ids.dok + 1, firstLine: ids.ob + 1, firstVat: ids.vt + 1 };
  ids.dok += 1;
  ids.ob += priced.lines.length;
  ids.vt += priced.rates.length;
  const rows = buildDocumentRows({
    draft: document,
    priced,
    number: { nr: draft.nr, nrPelny: draft.nrPelny },
    ids: first,
  });
  for (const line of rows.lines) await writer.add("dok_Pozycja", line);
  for (const rate of rows.vat) await writer.add("dok_Vat", rate);
  await writer.add("dok__Dokument", rows.header);
  return { id: first.document, lineIds: rows.lines.map((line) => line.ob_Id), gross: priced.totals.gross };
}
