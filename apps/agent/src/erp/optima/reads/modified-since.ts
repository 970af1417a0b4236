import { sql, type RawBuilder } from "kysely";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "../../subiekt-gt/reads/cursor-codec.ts";

/** A keyset position over (modified at, id): the last row a changes page returned. */
const ZModMark = z.object({ at: z.iso.datetime(), id: z.number().int() });
export type TModMark = z.infer<typeof ZModMark>;

/**
 * Optima has no rowversion nor a change table like Subiekt's tw_ZmianaTw: a row's *_TS_Mod
 * (modified at, local time) is the change marker. First a full keyset scan by id, then "changes":
 * rows whose (TS_Mod, id) is after the mark, in that order. The mark is the newest row's when
 * the scan starts, so a row changed during the scan is read again after it.
 * Limits (uncertain how Optima sets TS_Mod): a change that does not touch TS_Mod is not seen
 * until the next full read (cursor null); a transaction committing after a later one with an
 * earlier TS_Mod than the mark already passed is missed; so is a change within the same
 * millisecond as the mark on a lower id. A deleted row is not reported.
 */
const ZState = z.discriminatedUnion("phase", [
  z.object({ phase: z.literal("scan"), afterId: z.number().int().nullable(), mark: ZModMark.nullable() }),
  z.object({ phase: z.literal("changes"), mark: ZModMark.nullable() }),
]);

export type TModified<TRow> = { row: TRow; id: number; mark: TModMark };

export async function readModifiedSince<TRow>(options: {
  kind: string;
  cursor: string | null | undefined;
  pageSize: number;
  latestMark: () => Promise<TModMark | null>;
  /** Up to pageSize rows with id > afterId (all when null), ordered by id. */
  scan: (afterId: number | null) => Promise<{ row: TRow; id: number }[]>;
  /** Up to pageSize rows after the mark (all when null), ordered by (TS_Mod, id). */
  changed: (mark: TModMark | null) => Promise<TModified<TRow>[]>;
}): Promise<{ rows: TRow[]; cursor: string; done: boolean }> {
  const { kind, pageSize } = options;
  const state = decodeCursor({ kind, schema: ZState, cursor: options.cursor }) ?? {
    phase: "scan" as const,
    afterId: null,
    mark: await options.latestMark(),
  };
  const encode = (next: z.infer<typeof ZState>) => encodeCursor({ kind, state: next });
  if (state.phase === "scan") {
    const scanned = await options.scan(state.afterId);
    const done = scanned.length < pageSize;
    const afterId = scanned.at(-1)?.id ?? state.afterId;
    const next = done ? { phase: "changes" as const, mark: state.mark } : { ...state, afterId };
    return { rows: scanned.map((entry) => entry.row), cursor: encode(next), done };
  }
  const changed = await options.changed(state.mark);
  const mark = changed.at(-1)?.mark ?? state.mark;
  return {
    rows: changed.map((entry) => entry.row),
    cursor: encode({ phase: "changes", mark }),
    done: changed.length < pageSize,
  };
}

/**
 * (at, id) strictly after the mark, spelled with or/and (SQL Server has no row comparison).
 * `at` and `id` are the columns' qualified names.
 */
export function afterModMark(options: { at: string; id: string; mark: TModMark }): RawBuilder<boolean> {
  const at = sql.ref(options.at);
  const id = sql.ref(options.id);
  const time = new Date(options.mark.at);
  return sql<boolean>`(${at} > ${time} or (${at} = ${time} and ${id} > ${options.mark.id}))`;
}

export function modMarkOf(at: Date, id: number): TModMark {
  return { at: at.toISOString(), id };
}
