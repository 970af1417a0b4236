import type { Queue, WorkOptions } from "pg-boss";
import { z } from "zod";

/**
 * Every background queue, declared once: its payload (checked when a job is sent and again when
 * it is worked), its retries and how often workers poll. The handlers live in the domains above
 * this layer; `boot/job-handlers.ts` binds one to every queue, and the type below makes a queue
 * without a handler (or a handler taking another payload) a compile error.
 */
export const JOBS = {
  /** One sync run (data in SyncRun); retried after a crash, resuming from the stored cursor. */
  "sync-run": {
    payload: z.object({ runId: z.uuid() }),
    queue: { retryLimit: 5, retryDelay: 5, retryBackoff: true, heartbeatSeconds: 10, expireInSeconds: 3600 },
    work: { pollingIntervalSeconds: 0.5, localConcurrency: 3 },
  },
  /** Stock-change webhooks for one company's channels. */
  "stock-webhook": {
    // integrationId: whose copy changed; absent from jobs queued before issue 19 (every channel of the company).
    payload: z.object({
      companyId: z.uuid(),
      integrationId: z.uuid().optional(),
      productIds: z.array(z.number().int()),
    }),
    queue: { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 120 },
    work: { pollingIntervalSeconds: 1 },
  },
  /** An alert for staff (and maybe the client) by e-mail. */
  "alert-email": {
    payload: z.object({
      alert: z.object({
        companyId: z.uuid(),
        companyName: z.string(),
        kind: z.enum(["AGENT_OFFLINE", "SYNC_LAG", "ERROR_QUEUE", "CREDIT_HOLD"]),
        subject: z.string(),
        // Sent as a Date, stored as JSON text.
        since: z.coerce.date<Date | string>(),
        amount: z.number(),
        notifyClient: z.boolean(),
        // Absent from alerts queued before a company could have several integrations.
        integrationId: z.uuid().nullable().default(null),
        integration: z.string().nullable().default(null),
      }),
    }),
    queue: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
    work: { pollingIntervalSeconds: 5 },
  },
  /** An order changed: its channel's webhook. */
  "order-webhook": {
    payload: z.object({ orderId: z.uuid() }),
    queue: { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 120 },
    work: { pollingIntervalSeconds: 1 },
  },
} as const satisfies Record<string, { payload: z.ZodType; queue: Omit<Queue, "name">; work: WorkOptions }>;

export type TJobName = keyof typeof JOBS;
/** What a sender passes. */
export type TJobInput<N extends TJobName> = z.input<(typeof JOBS)[N]["payload"]>;
/** What a handler receives, parsed. */
export type TJobPayload<N extends TJobName> = z.output<(typeof JOBS)[N]["payload"]>;
/** Which attempt this is (0 first) of how many retries the queue allows: a handler may act on the last. */
export type TJobAttempt = { attempt: number; retryLimit: number };
export type TJobHandlers = { [N in TJobName]: (payload: TJobPayload<N>, attempt: TJobAttempt) => Promise<unknown> };
