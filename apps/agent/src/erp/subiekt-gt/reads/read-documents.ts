import { z } from "zod";
import type { TDocument, TReadPage } from "@erp-bridge/shared";
import { DOK_STATUS } from "../schema/document-codes.ts";
import { decodeCursor, encodeCursor } from "./cursor-codec.ts";
import { readDocumentLines, toDocument, type TDocumentRow } from "./document-rows.ts";
import { queryDocumentsById, queryDocumentStatuses, queryNewDocuments, READ_TYPES } from "./query-documents.ts";
import { checkPageSize, type TReadOptions } from "./read-options.ts";

const KIND = "documents";
/** Open orders whose status the cursor watches: the most recent ones, bounded to keep the cursor small. */
const MAX_WATCHED = 1000;
const ZState = z.object({
  afterId: z.number().int().nullable(),
  /** [dok_Id, dok_Status] of open ZK read so far. */
  watched: z.array(z.tuple([z.number().int(), z.number().int()])),
});
type TState = z.infer<typeof ZState>;

/**
 * Documents with lines: new ones by dok_Id watermark, then, once caught up, open orders (ZK) whose
 * status changed since read, re-read whole. Other types are taken as final once issued
 * (uncertain: Subiekt lets users edit some documents afterwards; only ZK are watched).
 * uncertain: "open" = any ZK status but ZK_FULFILLED (see document-codes.ts).
 */
export async function readDocuments(options: TReadOptions): Promise<TReadPage<TDocument>> {
  const size = checkPageSize(options.pageSize);
  const state: TState = decodeCursor({ kind: KIND, schema: ZState, cursor: options.cursor }) ?? {
    afterId: null,
    watched: [],
  };
  const fresh = await queryNewDocuments({ ...options, afterId: state.afterId, size }).execute();
  const afterId = fresh.at(-1)?.dok_Id ?? state.afterId;
  const watched = new Map(state.watched);
  const caughtUp = fresh.length < size;
  const changed = caughtUp ? await changedWatched({ ...options, watched }) : [];
  for (const row of [...fresh, ...changed]) watch({ watched, row });
  const rows = [...fresh, ...changed];
  const lines = await readDocumentLines({ ...options, documents: rows });
  const kept = [...watched].sort(([a], [b]) => a - b).slice(-MAX_WATCHED);
  return {
    rows: rows.map((row) => toDocument({ row, lines: lines.get(row.dok_Id) ?? [] })),
    cursor: encodeCursor({ kind: KIND, state: { afterId, watched: kept } }),
    done: caughtUp,
  };
}

/** Watched orders whose status differs from the one read; vanished ones stop being watched. */
async function changedWatched(options: TReadOptions & { watched: Map<number, number> }): Promise<TDocumentRow[]> {
  const ids = [...options.watched.keys()];
  if (ids.length === 0) return [];
  const current = new Map(
    (await queryDocumentStatuses({ ...options, ids }).execute()).map((row) => [row.dok_Id, row.dok_Status]),
  );
  for (const id of ids) if (!current.has(id)) options.watched.delete(id);
  const changedIds = ids.filter((id) => current.has(id) && current.get(id) !== options.watched.get(id));
  return changedIds.length === 0 ? [] : queryDocumentsById({ ...options, ids: changedIds }).execute();
}

function watch(options: { watched: Map<number, number>; row: TDocumentRow }): void {
  const { row } = options;
  if (row.dok_Typ !== READ_TYPES.ZK) return;
  if (row.dok_Status === DOK_STATUS.ZK_FULFILLED) options.watched.delete(row.dok_Id);
  else options.watched.set(row.dok_Id, row.dok_Status);
}
