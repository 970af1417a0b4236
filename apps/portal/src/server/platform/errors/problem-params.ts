import { z } from "zod";

/** The values a problem code's words need (shared ZProblem's `params`). */
export type TProblemParams = Record<string, string | number>;

const ZParams = z.record(z.string(), z.union([z.string(), z.number()]));

/** A stored problem's values (JSON), or null when there are none or they are not values. */
export function problemParams(json: unknown): TProblemParams | null {
  const parsed = ZParams.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * The system's own words a problem carries in its `detail` value (the agent's, a driver's, the
 * ERP's), or null. Never part of a sentence: logs append it, pages fold it away as technical detail.
 */
export function problemDetail(params: TProblemParams): string | null {
  return params.detail === undefined ? null : String(params.detail);
}
