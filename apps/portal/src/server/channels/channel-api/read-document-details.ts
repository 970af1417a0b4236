import type { TChannelDocument } from "@erp-bridge/shared";
import { getDb } from "../../platform/database/db.ts";
import { DOCUMENT_SYMBOL_OF_KIND, documentKindOf } from "./document-kinds.ts";
import { paymentOf } from "./payment-state.ts";

/** A document's header as the history reads it from the copy. */
export type TDocumentHeader = {
  id: number;
  type: string;
  number: string;
  externalNumber: string | null;
  issuedAt: Date;
  warehouseId: number | null;
  net: number;
  vat: number;
  gross: number;
  sourceDocumentId: number | null;
  settlementAmount: number | null;
  settlementOpen: number | null;
  settlementDueDate: string | null;
};

type TLineRow = TChannelDocument["lines"][number] & { documentId: number };
type TLinkRow = { id: number; type: string; number: string; sourceDocumentId: number | null };

const HISTORY_SYMBOLS = Object.values(DOCUMENT_SYMBOL_OF_KIND);

/** A page of documents with their lines, their links to the customer's other documents and their payment state. */
export async function readDocumentDetails(options: {
  integrationId: string | null;
  customerId: number;
  documents: TDocumentHeader[];
}): Promise<TChannelDocument[]> {
  const { integrationId, customerId, documents } = options;
  if (documents.length === 0) return [];
  const ids = documents.map((d) => d.id);
  const sourceIds = documents.flatMap((d) => (d.sourceDocumentId === null ? [] : [d.sourceDocumentId]));
  const db = getDb();
  const [lines, sources, issued] = await Promise.all([
    db.$queryRaw<TLineRow[]>`
      SELECT l."documentId", l."lineNo", l."productId", p.sku, p.name, l.quantity::float8 AS quantity,
        l."unitNet"::float8 AS "unitNet", l."unitGross"::float8 AS "unitGross", l."vatRate"::float8 AS "vatRate",
        l.net::float8 AS net, l.gross::float8 AS gross, l."discountPercent"::float8 AS "discountPercent"
      FROM "ErpDocumentLine" l
      LEFT JOIN "ErpProduct" p ON p."integrationId" = l."integrationId" AND p."erpId" = l."productId"
      WHERE l."integrationId" = ${integrationId}::uuid AND l."documentId" = ANY(${ids}::int[])
      ORDER BY l."documentId", l."lineNo"`,
    // Links name only this customer's documents: another customer's never appear, not even by number.
    db.$queryRaw<TLinkRow[]>`
      SELECT "erpId" AS id, type, number, "sourceDocumentId" FROM "ErpDocument"
      WHERE "integrationId" = ${integrationId}::uuid AND "erpId" = ANY(${sourceIds}::int[]) AND "customerId" = ${customerId}
        AND type = ANY(${HISTORY_SYMBOLS})`,
    db.$queryRaw<TLinkRow[]>`
      SELECT "erpId" AS id, type, number, "sourceDocumentId" FROM "ErpDocument"
      WHERE "integrationId" = ${integrationId}::uuid AND "sourceDocumentId" = ANY(${ids}::int[])
        AND "customerId" = ${customerId} AND type = ANY(${HISTORY_SYMBOLS})
      ORDER BY "issuedAt", "erpId"`,
  ]);
  const ref = (row: TLinkRow) => ({ id: row.id, kind: documentKindOf(row.type), number: row.number });
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Warsaw" });
  return documents.map((d) => {
    const source = sources.find((s) => s.id === d.sourceDocumentId);
    return {
      id: d.id,
      kind: documentKindOf(d.type),
      symbol: d.type,
      number: d.number,
      externalNumber: d.externalNumber,
      issuedOn: d.issuedAt.toISOString().slice(0, 10),
      warehouseId: d.warehouseId,
      totals: { net: d.net, vat: d.vat, gross: d.gross },
      issuedFrom: source ? ref(source) : null,
      issued: issued.filter((i) => i.sourceDocumentId === d.id).map(ref),
      payment: paymentOf({ amount: d.settlementAmount, open: d.settlementOpen, dueDate: d.settlementDueDate, today }),
      lines: lines.filter((l) => l.documentId === d.id).map(({ documentId: _, ...line }) => line),
    };
  });
}
