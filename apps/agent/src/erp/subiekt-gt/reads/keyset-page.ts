import { z } from "zod";
import type { TReadPage } from "@erp-bridge/shared";
import { decodeCursor, encodeCursor } from "./cursor-codec.ts";

const ZAfterId = z.object({ afterId: z.number().int() });

/** Where a full keyset pass resumes: undefined at its start. */
export function afterIdOf(options: { kind: string; cursor: string | null | undefined }): number | undefined {
  return decodeCursor({ kind: options.kind, schema: ZAfterId, cursor: options.cursor })?.afterId;
}

/**
 * A page of a full keyset pass (no change tracking): the cursor resumes after the last row; a
 * short page ends the pass with a null cursor, so the next read starts a new full pass.
 */
export function keysetPage<T>(options: {
  kind: string;
  rows: T[];
  fetched: number;
  pageSize: number;
  lastId: number | undefined;
}): TReadPage<T> {
  const done = options.fetched < options.pageSize || options.lastId === undefined;
  const cursor = done ? null : encodeCursor({ kind: options.kind, state: { afterId: options.lastId } });
  return { rows: options.rows, cursor, done };
}
