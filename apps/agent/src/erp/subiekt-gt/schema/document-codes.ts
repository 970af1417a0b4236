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
  CANCELLED: 2,
  DEFERRED: 3,
} as const;

/**
 * uncertain: ZD (supplier order) statuses taken as the ZK's: 5 not fulfilled, 8 fulfilled (its
 * goods received); cancelled (2) and deferred (3) ones expect nothing either.
 */
export const ZD_CLOSED_STATUSES = [DOK_STATUS.ZK_FULFILLED, DOK_STATUS.CANCELLED, DOK_STATUS.DEFERRED] as const;
