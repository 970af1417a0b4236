import {
  ZDocumentType,
  type TDocument,
  type TDocumentLine,
  type TDocumentSettlement,
  type TDocumentType,
} from "@erp-bridge/shared";
import { keyOfStored } from "../schema/document-key.ts";
import { queryCommercialLines, queryWarehouseLines, READ_TYPES, type queryNewDocuments } from "./query-documents.ts";
import type { TReadOptions } from "./read-options.ts";

export type TDocumentRow = Awaited<ReturnType<ReturnType<typeof queryNewDocuments>["execute"]>>[number];
type TLineRow = Awaited<ReturnType<ReturnType<typeof queryCommercialLines>["execute"]>>[number];

const TYPE_BY_CODE = new Map<number, TDocumentType>(
  Object.entries(READ_TYPES).map(([symbol, code]) => [code, ZDocumentType.parse(symbol)]),
);

/** The lines of a page's documents, by document id; MM keeps its lines under ob_DokMagId. */
export async function readDocumentLines(
  options: TReadOptions & { documents: readonly TDocumentRow[] },
): Promise<Map<number, TDocumentLine[]>> {
  const commercial = options.documents.filter((d) => d.dok_Typ !== READ_TYPES.MM).map((d) => d.dok_Id);
  const warehouse = options.documents.filter((d) => d.dok_Typ === READ_TYPES.MM).map((d) => d.dok_Id);
  const rows: TLineRow[] = [
    ...(commercial.length > 0 ? await queryCommercialLines({ ...options, ids: commercial }).execute() : []),
    ...(warehouse.length > 0 ? await queryWarehouseLines({ ...options, ids: warehouse }).execute() : []),
  ];
  const lines = new Map<number, TDocumentLine[]>();
  for (const row of rows) {
    if (row.documentId === null) continue;
    lines.set(row.documentId, [...(lines.get(row.documentId) ?? []), toLine(row)]);
  }
  return lines;
}

export function toDocument(options: {
  row: TDocumentRow;
  lines: TDocumentLine[];
  settlement: TDocumentSettlement | null;
}): TDocument {
  const { row } = options;
  const type = TYPE_BY_CODE.get(row.dok_Typ);
  if (!type) throw new Error(`dok_Typ ${row.dok_Typ} is not a read document type`);
  return {
    id: row.dok_Id,
    type,
    number: row.dok_NrPelny.trim(),
    externalNumber: keyOfStored(row.dok_NrPelnyOryg) ?? (row.dok_NrPelnyOryg.trim() || null),
    issuedAt: row.dok_DataWyst.toISOString(),
    warehouseId: row.dok_MagId,
    // On an MM dok_OdbiorcaId is the target warehouse, not a customer.
    customerId: type === "MM" ? null : (row.dok_OdbiorcaId ?? row.dok_PlatnikId),
    status: row.dok_Status,
    totals: { net: row.dok_WartNetto, vat: row.dok_WartVat, gross: row.dok_WartBrutto },
    sourceDocumentId: row.dok_DoDokId,
    lines: options.lines,
    settlement: options.settlement,
  };
}

function toLine(row: TLineRow): TDocumentLine {
  return {
    productId: row.ob_TowId,
    quantity: row.ob_Ilosc,
    unitNet: row.ob_CenaNetto,
    unitGross: row.ob_CenaBrutto,
    vatRate: row.ob_VatProc,
    net: row.ob_WartNetto,
    gross: row.ob_WartBrutto,
    discountPercent: row.ob_Rabat,
    cost: row.ob_WartMag,
  };
}
