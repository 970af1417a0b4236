import { z } from "zod";
import { AppError } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";

// The token is opaque to channels so its content can change without breaking them; today it
// carries the cloud copy's rowVersion (a bigint, as a decimal string: JSON has no bigint).
// rowVersion is a PostgreSQL bigint: a larger number would fail in the query (a 500), not here.
const MAX_ROW_VERSION = 2n ** 63n - 1n;
const ZToken = z.strictObject({
  v: z.literal(1),
  rv: z
    .string()
    .regex(/^\d{1,19}$/)
    .refine((rv) => BigInt(rv) <= MAX_ROW_VERSION),
});

export function encodeUpdatedSince(rowVersion: bigint): string {
  return Buffer.from(JSON.stringify({ v: 1, rv: rowVersion.toString() })).toString("base64url");
}

/** The rowVersion a token stands for; a token we did not make is the caller's mistake (400). */
export function decodeUpdatedSince(token: string): bigint {
  const parsed = ZToken.safeParse(tryJson(token));
  if (!parsed.success) {
    throw new AppError({
      code: "INVALID_INPUT",
      message: "updatedSince: not a token this API issued",
      fieldErrors: { updatedSince: [fieldProblem("notOurToken")] },
    });
  }
  return BigInt(parsed.data.rv);
}

function tryJson(token: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
  try {
    return JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}
