import { z } from "zod";
import { AppError } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";

/** Where a page of a customer's documents (newest first) ended: the last document's issue time and id. */
export type TDocumentPosition = { issuedAt: Date; id: number };

// Opaque to channels, so what it holds can change without breaking them.
const ZCursor = z.strictObject({ v: z.literal(1), at: z.iso.datetime(), id: z.number().int().min(1) });

export function encodeDocumentCursor(position: TDocumentPosition): string {
  const token = { v: 1, at: position.issuedAt.toISOString(), id: position.id };
  return Buffer.from(JSON.stringify(token)).toString("base64url");
}

/** The position a cursor stands for; one we did not make is the caller's mistake (400 naming `cursor`). */
export function decodeDocumentCursor(cursor: string): TDocumentPosition {
  const parsed = ZCursor.safeParse(tryJson(cursor));
  if (!parsed.success) {
    throw new AppError({
      code: "INVALID_INPUT",
      message: "cursor: not a cursor this API issued",
      fieldErrors: { cursor: [fieldProblem("notOurCursor")] },
    });
  }
  return { issuedAt: new Date(parsed.data.at), id: parsed.data.id };
}

function tryJson(token: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
  try {
    return JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}
