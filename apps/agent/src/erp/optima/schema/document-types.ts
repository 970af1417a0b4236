import type { TDocumentType } from "@erp-bridge/shared";

/**
 * TrN_TypDokumentu codes the reports read (facts: 302 FS, 305 PA, 306 WZ, 308 RO, 312 MM).
 * uncertain: 305 for PA (a public CDN_TEST note lists 320 as PA; our facts say 305); RO, the
 * customer order, read as the neutral ZK, its counterpart.
 */
export const OPTIMA_DOCUMENT_TYPES: Record<number, TDocumentType> = {
  302: "FS",
  305: "PA",
  306: "WZ",
  308: "ZK",
  312: "MM",
};

export const READ_TYPE_CODES = Object.keys(OPTIMA_DOCUMENT_TYPES).map(Number);

/**
 * The neutral type of a document. uncertain: a correction of an FS or PA (FSK, PAK) keeps its
 * TrN_TypDokumentu and names the corrected document in TrN_ZwrId; it is read as KFS, as a
 * Subiekt GT correction of either is.
 */
export function documentTypeOf(row: { TrN_TypDokumentu: number; TrN_ZwrId: number | null }): TDocumentType | null {
  const type = OPTIMA_DOCUMENT_TYPES[row.TrN_TypDokumentu] ?? null;
  if (row.TrN_ZwrId !== null && (type === "FS" || type === "PA")) return "KFS";
  return type;
}

/**
 * The neutral document's status code, the connector's own (ZDocument.status is ERP-specific):
 * 0 approved, 1 in the buffer (a draft), 2 cancelled.
 */
export function documentStatusOf(row: { TrN_Bufor: number; TrN_Anulowany: number }): number {
  if (row.TrN_Anulowany !== 0) return 2;
  return row.TrN_Bufor === 1 ? 1 : 0;
}
