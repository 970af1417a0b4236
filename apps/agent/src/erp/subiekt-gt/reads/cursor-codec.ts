import { z } from "zod";

/**
 * Cursors are base64url JSON tagged with the read they belong to and a version, so a cursor
 * passed to the wrong read, or left over from an older agent, fails loudly instead of skipping rows.
 */
const VERSION = 1;

export function encodeCursor<T>(options: { kind: string; state: T }): string {
  return Buffer.from(JSON.stringify({ v: VERSION, k: options.kind, s: options.state })).toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(options: {
  kind: string;
  schema: S;
  cursor: string | null | undefined;
}): z.output<S> | null {
  if (options.cursor === null || options.cursor === undefined) return null;
  const envelope = z
    .object({ v: z.literal(VERSION), k: z.literal(options.kind), s: z.unknown() })
    .safeParse(parseJson(options.cursor));
  const state = envelope.success ? options.schema.safeParse(envelope.data.s) : null;
  if (!state?.success) throw new Error(`Not a ${options.kind} cursor of version ${VERSION}`);
  return state.data;
}

function parseJson(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}

/** A keyset position over tw_ZmianaTw: (twz_CzasModyf, twz_TowarId, twz_NrZmiany). */
export const ZChangeMark = z.object({ at: z.iso.datetime(), productId: z.number().int(), nr: z.number().int() });
export type TChangeMark = z.infer<typeof ZChangeMark>;
