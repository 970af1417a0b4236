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

/**
 * `agent sfera-check`'s result, run by the agent through its running Sfera session on the portal's
 * request (`erp.sfera.check`): the session opened as the configured operator, one product and one
 * customer read through Sfera, nothing saved. `lines` are the report as the CLI prints it.
 */
export const ZSferaCheck = z.object({
  /** False: the agent's config file has no "sfera" settings, so there is nothing to check. */
  configured: z.boolean(),
  ok: z.boolean(),
  lines: z.array(z.string().max(2000)).max(20),
  checkedAt: z.iso.datetime(),
});
export type TSferaCheck = z.infer<typeof ZSferaCheck>;

/** What the agent knows of its ERP connection: reported in hello, status and erp.status. */
export const ZErpStatus = z.object({
  configured: z.boolean(),
  reachable: z.boolean(),
  message: z.string().max(1000),
  checkedAt: z.iso.datetime(),
  /**
   * What the agent writes to: a real SQL Server, or the PostgreSQL sandbox laid out like Subiekt
   * (tests and the demo). Absent from agents older than the field and without an ERP.
   */
  server: z.enum(["sqlserver", "sandbox"]).optional(),
  /** Present when the agent is configured with the Sfera writer. */
  sfera: ZSferaHealth.optional(),
});
export type TErpStatus = z.infer<typeof ZErpStatus>;
