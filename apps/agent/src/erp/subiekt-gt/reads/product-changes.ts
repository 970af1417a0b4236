import { z } from "zod";
import { decodeCursor, encodeCursor, ZChangeMark, type TChangeMark } from "./cursor-codec.ts";

/**
 * The cursor of a read keyed by product (products, prices). First a full keyset scan by product
 * id ("scan"), then "changes": products with an id above the highest seen (new ones) and products
 * with a tw_ZmianaTw marker after `mark`. The mark is taken before the scan starts, so a product
 * changed during the scan is read again after it: at least once, never missed.
 */
const ZState = z.discriminatedUnion("phase", [
  z.object({ phase: z.literal("scan"), afterId: z.number().int().nullable(), mark: ZChangeMark.nullable() }),
  z.object({ phase: z.literal("changes"), lastId: z.number().int(), mark: ZChangeMark.nullable() }),
]);

type TKeyed = { productId: number };

export async function readByProductChanges<TRow extends TKeyed>(options: {
  kind: string;
  cursor: string | null | undefined;
  pageSize: number;
  latestMark: () => Promise<TChangeMark | null>;
  /** Up to pageSize rows with product id > afterId (all when null), ordered by product id. */
  scan: (afterId: number | null) => Promise<TRow[]>;
  /** Up to pageSize rows, each with the marker it was found by, in marker order. */
  changed: (mark: TChangeMark | null) => Promise<{ row: TRow; mark: TChangeMark }[]>;
}) {
  const { kind, pageSize } = options;
  const state = decodeCursor({ kind, schema: ZState, cursor: options.cursor }) ?? {
    phase: "scan",
    afterId: null,
    mark: await options.latestMark(),
  };
  const encode = (next: z.infer<typeof ZState>) => encodeCursor({ kind, state: next });
  const afterId = state.phase === "scan" ? state.afterId : state.lastId;
  const scanned = await options.scan(afterId);
  const lastId = scanned.at(-1)?.productId ?? afterId;
  if (state.phase === "scan") {
    const done = scanned.length < pageSize;
    const next = done
      ? { phase: "changes" as const, lastId: lastId ?? 0, mark: state.mark }
      : { phase: "scan" as const, afterId: lastId, mark: state.mark };
    return { rows: scanned, cursor: encode(next), done };
  }
  if (scanned.length > 0) {
    return { rows: scanned, cursor: encode({ ...state, lastId: lastId ?? 0 }), done: false };
  }
  const changed = await options.changed(state.mark);
  // A product changed twice within the page comes once, as it is now.
  const unique = new Map(changed.map((entry) => [entry.row.productId, entry.row]));
  const mark = changed.at(-1)?.mark ?? state.mark;
  return { rows: [...unique.values()], cursor: encode({ ...state, mark }), done: changed.length < pageSize };
}
