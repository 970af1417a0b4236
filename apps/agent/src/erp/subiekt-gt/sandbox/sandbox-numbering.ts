import { DOK_TYP, type TDokTypSymbol } from "../schema/document-codes.ts";
import type { TNumberingScheme } from "../schema/numbering.ts";
import type { TBulkWriter } from "./bulk-writer.ts";

/**
 * The sandbox company's numbering, as its nr_Parametr rows say: sales and orders in monthly
 * series ("FS 12/03/2026"), transfers in a yearly series per warehouse ("MM 5/MAG/2026"), goods
 * receipts and issues, and supplier orders, yearly. The generator numbers the history by these and the writer reads them.
 */
export const SANDBOX_NUMBERING = {
  FS: { period: "month", warehouse: false, extension: false },
  PA: { period: "month", warehouse: false, extension: false },
  KFS: { period: "month", warehouse: false, extension: false },
  ZK: { period: "month", warehouse: false, extension: false },
  MM: { period: "year", warehouse: true, extension: false },
  PZ: { period: "year", warehouse: false, extension: false },
  WZ: { period: "year", warehouse: false, extension: false },
  ZD: { period: "year", warehouse: false, extension: false },
} as const satisfies Partial<Record<TDokTypSymbol, TNumberingScheme>>;

export type TSandboxNumbered = keyof typeof SANDBOX_NUMBERING;

export async function writeNumbering(options: { writer: TBulkWriter }): Promise<void> {
  for (const [symbol, scheme] of Object.entries(SANDBOX_NUMBERING) as [TSandboxNumbered, TNumberingScheme][]) {
    await options.writer.add("nr_Parametr", {
      np_Typ: DOK_TYP[symbol],
      np_NrRoz: scheme.extension,
      np_NrSymbolRej: scheme.warehouse,
      np_NrMiesiac: scheme.period === "month",
      np_NrRok: scheme.period === "year",
      np_NrLuka: 0,
      np_NrRodzaj: 0,
      np_NrSymbolUzyt: false,
      np_DefiniowalnyId: 0,
      np_NrDzien: false,
    });
  }
}
