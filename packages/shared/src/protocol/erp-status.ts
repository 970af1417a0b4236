import { z } from "zod";

/**
 * The Sfera bridge's health as the agent's supervisor sees it (apps/agent/src/erp/subiekt-gt/sfera):
 * `starting` while Subiekt starts (cold starts take up to ~90 s), `down` while it waits to restart
 * a bridge that failed, with the reason in `lastError`.
 */
export const ZSferaHealth = z.object({
  state: z.enum(["stopped", "starting", "ready", "down"]),
  /** When the state began: how long a cold start has taken so far. */
  since: z.iso.datetime(),
  /** The Subiekt operator the session is logged in as. */
  operator: z.string().max(200).nullable(),
  subiektVersion: z.string().max(200).nullable(),
  lastSaveAt: z.iso.datetime().nullable(),
  /** Calls waiting for the bridge. */
  queueLength: z.number().int().nonnegative(),
  busy: z.object({ type: z.string().max(100), forMs: z.number().nonnegative() }).nullable(),
  restarts: z.number().int().nonnegative(),
  lastError: z.object({ code: z.string().max(100), message: z.string().max(2000), retryable: z.boolean() }).nullable(),
});
export type TSferaHealth = z.infer<typeof ZSferaHealth>;

/** What the agent knows of its ERP connection: reported in hello, status and erp.status. */
export const ZErpStatus = z.object({
  configured: z.boolean(),
  reachable: z.boolean(),
  message: z.string().max(1000),
  checkedAt: z.iso.datetime(),
  /** Present when the agent is configured with the Sfera writer. */
  sfera: ZSferaHealth.optional(),
});
export type TErpStatus = z.infer<typeof ZErpStatus>;
