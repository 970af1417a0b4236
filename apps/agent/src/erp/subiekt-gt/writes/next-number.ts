import { DOK_TYP, type TDokTypSymbol } from "../schema/document-codes.ts";
import { formatNumber, schemeOf, seriesPeriod, type TNumberingScheme } from "../schema/numbering.ts";
import type { TWriteContext } from "./run-write.ts";
import { ErpWriteError } from "./write-error.ts";

/** The built-in document types' numbering row (definable types have their own ids). */
const BUILT_IN = 0;

export function numberingSettingQuery(ctx: Pick<TWriteContext, "tx">, options: { type: TDokTypSymbol }) {
  return ctx.tx
    .selectFrom("nr_Parametr")
    .selectAll()
    .where("np_Typ", "=", DOK_TYP[options.type])
    .where("np_DefiniowalnyId", "=", BUILT_IN);
}

type TSeries = { type: TDokTypSymbol; scheme: TNumberingScheme; date: Date; warehouseId: number; extension: string };

/** The highest number written in a series. */
export function lastNumberQuery(ctx: Pick<TWriteContext, "tx">, series: TSeries) {
  const { from, to } = seriesPeriod(series);
  let query = ctx.tx
    .selectFrom("dok__Dokument")
    .select((eb) => eb.fn.max("dok_Nr").as("last"))
    .where("dok_Typ", "=", DOK_TYP[series.type])
    .where("dok_DataWyst", ">=", from)
    .where("dok_DataWyst", "<", to);
  if (series.scheme.warehouse) query = query.where("dok_MagId", "=", series.warehouseId);
  if (series.scheme.extension) query = query.where("dok_NrRoz", "=", series.extension);
  return query;
}

/** The highest number reserved in a series (nr_NrRez: numbers held by documents being edited in Subiekt). */
export function lastReservedQuery(ctx: Pick<TWriteContext, "tx">, series: TSeries) {
  const { from, to } = seriesPeriod(series);
  let query = ctx.tx
    .selectFrom("nr_NrRez")
    .select((eb) => eb.fn.max("rez_Nr").as("last"))
    .where("rez_Typ", "=", DOK_TYP[series.type])
    .where("rez_DataWyst", ">=", from)
    .where("rez_DataWyst", "<", to);
  // uncertain: rez_RejId taken as the warehouse ("register") of a per-warehouse series.
  if (series.scheme.warehouse) query = query.where("rez_RejId", "=", series.warehouseId);
  if (series.scheme.extension) query = query.where("rez_Roz", "=", series.extension);
  return query;
}

/**
 * The next number of a document's series, by the type's nr_Parametr scheme, past every number
 * written and every number reserved in nr_NrRez. The caller holds the documents lock, so two of
 * our writers never take the same number; a scheme the writer does not know is refused, naming
 * the setting, before anything is written.
 */
export async function nextNumber(
  ctx: TWriteContext,
  options: { type: TDokTypSymbol; date: Date; warehouseId: number; warehouseCode: string },
): Promise<{ nr: number; nrPelny: string; extension: string }> {
  const setting = await numberingSettingQuery(ctx, options).executeTakeFirst();
  const read = schemeOf({ symbol: options.type, setting });
  if (!read.ok) throw new ErpWriteError({ code: "conflict", path: "numbering", message: read.reason });
  // The writer is no Subiekt user: it writes no extension (dok_NrRoz '').
  const series = { ...options, scheme: read.scheme, extension: "" };
  const written = await lastNumberQuery(ctx, series).executeTakeFirst();
  const reserved = await lastReservedQuery(ctx, series).executeTakeFirst();
  const nr = Math.max(Number(written?.last ?? 0), Number(reserved?.last ?? 0)) + 1;
  return {
    nr,
    nrPelny: formatNumber({ ...options, symbol: options.type, nr, scheme: read.scheme, extension: "" }),
    extension: "",
  };
}
