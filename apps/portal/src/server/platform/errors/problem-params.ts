import { z } from "zod";

/** The values a problem code's words need (shared ZProblem's `params`). */
export type TProblemParams = Record<string, string | number>;

const ZParams = z.record(z.string(), z.union([z.string(), z.number()]));

/** A stored problem's values (JSON), or null when there are none or they are not values. */
export function problemParams(json: unknown): TProblemParams | null {
  const parsed = ZParams.safeParse(json);
  return parsed.success ? parsed.data : null;
}
