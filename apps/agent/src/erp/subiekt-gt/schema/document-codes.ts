/** dok_Typ codes and the number prefix each type prints in dok_NrPelny. */
export const DOK_TYP = {
  FZ: 1,
  FS: 2,
  KFZ: 5,
  KFS: 6,
  MM: 9,
  PZ: 10,
  WZ: 11,
  PW: 12,
  RW: 13,
  ZW: 14,
  ZD: 15,
  ZK: 16,
  PA: 21,
  IW: 29,
  ZPZ: 35,
  ZWZ: 36,
  FM: 62,
} as const;

export type TDokTypSymbol = keyof typeof DOK_TYP;

/**
 * dok_Status codes (Sfera's SubiektDokumentStatusEnum, quoted by several public bridges). ZK: 5 not
 * fulfilled, 6 without reservation, 7 reserved, 8 fulfilled (uncertain: one source treats 5 as
 * reserving). Other documents: 0 warehouse effect withdrawn, 1 issued, 2 cancelled, 3 deferred.
 * The writer writes 6, 7 and 8 on ZK, and ISSUED on every finished FS, PA, KFS and MM.
 */
export const DOK_STATUS = {
  ZK_NOT_FULFILLED: 5,
  ZK_WITHOUT_RESERVATION: 6,
  ZK_RESERVED: 7,
  ZK_FULFILLED: 8,
  /** A finished FS, PA, KFS or MM; 0 would read as "warehouse effect withdrawn". */
  ISSUED: 1,
} as const;

/**
 * uncertain: numbering. The sandbox numbers each type in a monthly series (dok_Nr from 1 per type
 * and month, dok_NrRoz '') and prints dok_NrPelny as "FS 12/03/2026"; a real company's scheme is
 * configured in nr_Parametr / nr_NrStart / nr_NrRez, whose columns are not known here.
 */
export function formatDocumentNumber(options: { symbol: TDokTypSymbol; nr: number; month: number; year: number }) {
  return `${options.symbol} ${options.nr}/${String(options.month).padStart(2, "0")}/${options.year}`;
}
