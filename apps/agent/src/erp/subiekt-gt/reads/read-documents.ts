import { z } from "zod";
import type { TDocument, TReadPage } from "@erp-bridge/shared";
import { DOK_STATUS } from "../schema/document-codes.ts";
import { decodeCursor, encodeCursor } from "./cursor-codec.ts";
import { readDocumentLines, toDocument, type TDocumentRow } from "./document-rows.ts";
import { queryDocumentsById, queryDocumentStatuses, queryNewDocuments, READ_TYPES } from "./query-documents.ts";
import { readDocumentSettlements } from "./query-document-settlements.ts";
import { checkPageSize, type TReadOptions } from "./read-options.ts";

const KIND = "documents";
/** Open orders whose status the cursor watches: the most recent ones, bounded to keep the cursor small. */
const MAX_WATCHED = 1000;
/**
 * Documents with an open settlement whose payments the cursor watches, the most recent ones. An
 * older one still open past this bound keeps the state it was read with until a full resync.
 */
const MAX_WATCHED_SETTLEMENTS = 2000;
const ZState = z.object({
  afterId: z.number().int().nullable(),
  /** [dok_Id, dok_Status] of open ZK read so far. */
  watched: z.array(z.tuple([z.number().int(), z.number().int()])),
  /** [dok_Id, open amount in grosze] of documents read with an open settlement (absent in older cursors). */
  unsettled: z.array(z.tuple([z.number().int(), z.number().int()])).default([]),
});
type TState = z.infer<typeof ZState>;

/**
 * Documents with lines and settlement: new ones by dok_Id watermark, then, once caught up, open
 * orders (ZK) whose status changed and documents whose open settlement moved (a payment) since
 * read, re-read whole. Other changes are taken as final once issued (uncertain: Subiekt lets
 * users edit some documents afterwards).
 * uncertain: "open" = any ZK status but ZK_FULFILLED (see document-codes.ts).
 */
export async function readDocuments(options: TReadOptions): Promise<TReadPage<TDocument>> {
  const size = checkPageSize(options.pageSize);
  const state: TState = decodeCursor({ kind: KIND, schema: ZState, cursor: options.cursor }) ?? {
    afterId: null,
    watched: [],
    unsettled: [],
  };
  const fresh = await queryNewDocuments({ ...options, afterId: state.afterId, size }).execute();
  const afterId = fresh.at(-1)?.dok_Id ?? state.afterId;
  const watched = new Map(state.watched);
  const unsettled = new Map(state.unsettled);
  const caughtUp = fresh.length < size;
  const changed = caughtUp ? await changedDocuments({ ...options, watched, unsettled }) : [];
  for (const row of [...fresh, ...changed]) watch({ watched, row });
  const rows = [...fresh, ...changed];
  const ids = rows.map((row) => row.dok_Id);
  const lines = await readDocumentLines({ ...options, documents: rows });
  const settlements = await readDocumentSettlements({ db: options.db, documentIds: ids });
  for (const id of ids) {
    const open = settlements.get(id)?.open ?? 0;
    if (open === 0) unsettled.delete(id);
    else unsettled.set(id, Math.round(open * 100));
  }
  return {
    rows: rows.map((row) =>
      toDocument({ row, lines: lines.get(row.dok_Id) ?? [], settlement: settlements.get(row.dok_Id) ?? null }),
    ),
    cursor: encodeCursor({
      kind: KIND,
      state: { afterId, watched: latest(watched, MAX_WATCHED), unsettled: latest(unsettled, MAX_WATCHED_SETTLEMENTS) },
    }),
    done: caughtUp,
  };
}

function latest(entries: Map<number, number>, max: number): [number, number][] {
  return [...entries].sort(([a], [b]) => a - b).slice(-max);
}

/** Watched documents to read again: orders whose status moved, documents whose open settlement did. */
async function changedDocuments(
  options: TReadOptions & { watched: Map<number, number>; unsettled: Map<number, number> },
): Promise<TDocumentRow[]> {
  const ids = [...new Set([...(await changedOrders(options)), ...(await changedSettlements(options))])];
  if (ids.length === 0) return [];
  const rows = await queryDocumentsById({ ...options, ids }).execute();
  const found = new Set(rows.map((row) => row.dok_Id));
  // A document deleted in the ERP stops being watched.
  for (const id of ids) if (!found.has(id)) options.unsettled.delete(id);
  return rows;
}

/** Watched orders whose status differs from the one read; vanished ones stop being watched. */
async function changedOrders(options: TReadOptions & { watched: Map<number, number> }): Promise<number[]> {
  const ids = [...options.watched.keys()];
  if (ids.length === 0) return [];
  const current = new Map(
    (await queryDocumentStatuses({ ...options, ids }).execute()).map((row) => [row.dok_Id, row.dok_Status]),
  );
  for (const id of ids) if (!current.has(id)) options.watched.delete(id);
  return ids.filter((id) => current.has(id) && current.get(id) !== options.watched.get(id));
}

/** Documents read with an open settlement whose open amount is no longer the one read. */
async function changedSettlements(options: TReadOptions & { unsettled: Map<number, number> }): Promise<number[]> {
  const ids = [...options.unsettled.keys()];
  if (ids.length === 0) return [];
  const current = await readDocumentSettlements({ db: options.db, documentIds: ids });
  return ids.filter((id) => Math.round((current.get(id)?.open ?? 0) * 100) !== options.unsettled.get(id));
}

function watch(options: { watched: Map<number, number>; row: TDocumentRow }): void {
  const { row } = options;
  if (row.dok_Typ !== READ_TYPES.ZK) return;
  if (row.dok_Status === DOK_STATUS.ZK_FULFILLED) options.watched.delete(row.dok_Id);
  else options.watched.set(row.dok_Id, row.dok_Status);
}
