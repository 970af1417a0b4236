import type { TDocument, TDocumentLine, TReadPage } from "@erp-bridge/shared";
import { checkPageSize } from "../../subiekt-gt/reads/read-options.ts";
import { documentStatusOf, documentTypeOf, READ_TYPE_CODES } from "../schema/document-types.ts";
import { afterModMark, modMarkOf, readModifiedSince, type TModMark } from "./modified-since.ts";
import type { TOptimaReadOptions } from "./read-options.ts";

type TBase = Pick<TOptimaReadOptions, "db" | "helpers">;

const HEADER_COLUMNS = [
  "TrN_TrNID",
  "TrN_TypDokumentu",
  "TrN_NumerPelny",
  "TrN_NumerObcy",
  "TrN_DataDok",
  "TrN_PodID",
  "TrN_MagZrdId",
  "TrN_ZwrId",
  "TrN_RazemNetto",
  "TrN_RazemVAT",
  "TrN_RazemBrutto",
  "TrN_Bufor",
  "TrN_Anulowany",
  "TrN_TS_Mod",
] as const;

function headers(options: TBase) {
  return options.db.selectFrom("CDN.TraNag").select(HEADER_COLUMNS).where("TrN_TypDokumentu", "in", READ_TYPE_CODES);
}

export function queryDocumentScan(options: TBase & { afterId: number | null; size: number }) {
  return options.helpers.page(headers(options), {
    orderBy: "TrN_TrNID",
    after: options.afterId ?? undefined,
    size: options.size,
  });
}

export function queryDocumentChanges(options: TBase & { mark: TModMark | null; size: number }) {
  const { mark } = options;
  const base = headers(options);
  const after = mark ? base.where(afterModMark({ at: "TrN_TS_Mod", id: "TrN_TrNID", mark })) : base;
  return options.helpers.top(after.orderBy("TrN_TS_Mod").orderBy("TrN_TrNID"), { size: options.size });
}

export function queryLatestDocumentMark(options: TBase) {
  const query = headers(options).orderBy("TrN_TS_Mod", "desc").orderBy("TrN_TrNID", "desc");
  return options.helpers.top(query, { size: 1 });
}

export function queryDocumentLines(options: Pick<TOptimaReadOptions, "db"> & { ids: readonly number[] }) {
  return options.db
    .selectFrom("CDN.TraElem")
    .select([
      "TrE_TrNId",
      "TrE_TwrId",
      "TrE_Ilosc",
      "TrE_Cena0",
      "TrE_CenaT",
      "TrE_Rabat",
      "TrE_Stawka",
      "TrE_WartoscNetto",
      "TrE_WartoscBrutto",
      "TrE_WartoscZakupu",
    ])
    .where("TrE_TrNId", "in", options.ids)
    .orderBy("TrE_TrNId")
    .orderBy("TrE_Lp");
}

type THeaderRow = Awaited<ReturnType<ReturnType<typeof queryDocumentScan>["execute"]>>[number];
type TLineRow = Awaited<ReturnType<ReturnType<typeof queryDocumentLines>["execute"]>>[number];

/**
 * Documents for the reports (FS, PA, their corrections, RO, WZ, MM) with their lines: every one,
 * then those added or changed since (TrN_TS_Mod: approved from the buffer, cancelled, edited),
 * see modified-since.ts for the marker's limits. A document comes again whenever it changes;
 * the consumer upserts. Drafts in the buffer come with status 1 (document-types.ts).
 */
export async function readDocuments(options: TOptimaReadOptions): Promise<TReadPage<TDocument>> {
  const size = checkPageSize(options.pageSize);
  const page = await readModifiedSince<THeaderRow>({
    kind: "optima-documents",
    cursor: options.cursor,
    pageSize: size,
    latestMark: async () => {
      const row = await queryLatestDocumentMark(options).executeTakeFirst();
      return row ? modMarkOf(row.TrN_TS_Mod, row.TrN_TrNID) : null;
    },
    scan: async (afterId) =>
      (await queryDocumentScan({ ...options, afterId, size }).execute()).map((row) => ({ row, id: row.TrN_TrNID })),
    changed: async (mark) =>
      (await queryDocumentChanges({ ...options, mark, size }).execute()).map((row) => ({
        row,
        id: row.TrN_TrNID,
        mark: modMarkOf(row.TrN_TS_Mod, row.TrN_TrNID),
      })),
  });
  const ids = page.rows.map((row) => row.TrN_TrNID);
  const lines = new Map<number, TDocumentLine[]>();
  if (ids.length > 0) {
    for (const line of await queryDocumentLines({ ...options, ids }).execute()) {
      lines.set(line.TrE_TrNId, [...(lines.get(line.TrE_TrNId) ?? []), toLine(line)]);
    }
  }
  const documents = page.rows.flatMap((row) => {
    const document = toDocument(row, lines.get(row.TrN_TrNID) ?? []);
    return document ? [document] : [];
  });
  return { ...page, rows: documents };
}

export function toDocument(row: THeaderRow, lines: TDocumentLine[]): TDocument | null {
  const type = documentTypeOf(row);
  if (!type) return null;
  const external = row.TrN_NumerObcy.trim();
  return {
    id: row.TrN_TrNID,
    type,
    number: row.TrN_NumerPelny.trim(),
    externalNumber: external === "" ? null : external,
    issuedAt: row.TrN_DataDok.toISOString(),
    warehouseId: row.TrN_MagZrdId,
    customerId: row.TrN_PodID,
    status: documentStatusOf(row),
    totals: { net: Number(row.TrN_RazemNetto), vat: Number(row.TrN_RazemVAT), gross: Number(row.TrN_RazemBrutto) },
    sourceDocumentId: row.TrN_ZwrId,
    lines,
    settlement: null,
  };
}

/** uncertain: TrE_CenaT the net unit price after discount; a correction's lines carry the change (negative). */
function toLine(row: TLineRow): TDocumentLine {
  const quantity = Number(row.TrE_Ilosc);
  const [net, gross] = [Number(row.TrE_WartoscNetto), Number(row.TrE_WartoscBrutto)];
  const unitGross = quantity === 0 ? 0 : Math.round((gross / quantity) * 100) / 100;
  return {
    productId: row.TrE_TwrId,
    quantity,
    unitNet: Number(row.TrE_CenaT),
    unitGross,
    vatRate: Number(row.TrE_Stawka),
    net,
    gross,
    discountPercent: Number(row.TrE_Rabat),
    cost: Number(row.TrE_WartoscZakupu),
  };
}
