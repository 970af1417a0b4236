import type { TDokTypSymbol } from "./document-codes.ts";
import type { TNumberingTables } from "./numbering-tables.ts";

/**
 * How a document type is numbered, read from its nr_Parametr row: a series per month or per year,
 * optionally per warehouse (its symbol printed: "MM 5/MAG/2026") and per number extension
 * (dok_NrRoz, a user's initials: "ZK 5/JK/MAG/2018" in a public trace).
 * uncertain: the meaning of each flag is read from column names and that trace: np_NrMiesiac
 * monthly, np_NrRok yearly, np_NrSymbolRej the warehouse ("register") part, np_NrRoz the extension.
 * Flags whose effect is not known (a day series, a user's symbol, gap filling, another kind) are
 * refused, naming the setting, rather than guessed.
 */
export type TNumberingScheme = { period: "month" | "year"; warehouse: boolean; extension: boolean };

type TSetting = TNumberingTables["nr_Parametr"];

/** The scheme of a type, or why the writer will not number it (naming the nr_Parametr setting). */
export function schemeOf(options: {
  symbol: TDokTypSymbol;
  setting: TSetting | undefined;
}): { ok: true; scheme: TNumberingScheme } | { ok: false; reason: string; setting: string } {
  const { symbol, setting } = options;
  const where = `nr_Parametr of ${symbol}`;
  if (!setting)
    return { ok: false, reason: `${where}: no row, so the numbering scheme is unknown`, setting: "nr_Parametr" };
  const refuse = (column: string, value: unknown, meaning: string) => ({
    ok: false as const,
    setting: column,
    reason: `${where}: ${column} = ${String(value)} (${meaning}) is a numbering the writer does not know; number ${symbol} in Subiekt or change the setting`,
  });
  if (setting.np_NrDzien) return refuse("np_NrDzien", 1, "a series per day");
  if (setting.np_NrSymbolUzyt) return refuse("np_NrSymbolUzyt", 1, "the user's symbol in the number");
  if (setting.np_NrLuka !== 0) return refuse("np_NrLuka", setting.np_NrLuka, "gaps in the series filled");
  if (setting.np_NrRodzaj !== 0) return refuse("np_NrRodzaj", setting.np_NrRodzaj, "another kind of numbering");
  if (setting.np_NrMiesiac === setting.np_NrRok) {
    return refuse(
      "np_NrMiesiac/np_NrRok",
      `${Number(setting.np_NrMiesiac)}/${Number(setting.np_NrRok)}`,
      "neither or both periods",
    );
  }
  return {
    ok: true,
    scheme: {
      period: setting.np_NrMiesiac ? "month" : "year",
      warehouse: setting.np_NrSymbolRej,
      extension: setting.np_NrRoz,
    },
  };
}

/** The dates of the series a document dated `date` belongs to: [from, to). */
export function seriesPeriod(options: { scheme: TNumberingScheme; date: Date }): { from: Date; to: Date } {
  const year = options.date.getUTCFullYear();
  if (options.scheme.period === "year") {
    return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
  }
  const month = options.date.getUTCMonth();
  return { from: new Date(Date.UTC(year, month, 1)), to: new Date(Date.UTC(year, month + 1, 1)) };
}

/** dok_NrPelny: "FS 12/03/2026", "MM 5/MAG/2026", "ZK 5/JK/MAG/2018". */
export function formatNumber(options: {
  symbol: TDokTypSymbol;
  nr: number;
  scheme: TNumberingScheme;
  date: Date;
  warehouseCode: string;
  extension: string;
}): string {
  const { scheme, date } = options;
  const parts = [`${options.symbol} ${options.nr}`];
  if (scheme.extension && options.extension.trim() !== "") parts.push(options.extension.trim());
  if (scheme.warehouse) parts.push(options.warehouseCode.trim());
  if (scheme.period === "month") parts.push(String(date.getUTCMonth() + 1).padStart(2, "0"));
  parts.push(String(date.getUTCFullYear()));
  return parts.join("/");
}
