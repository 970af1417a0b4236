import { PgBoss, type Queue } from "pg-boss";
import { getPool } from "../database/db.ts";
import { errorText, log } from "../log.ts";

/**
 * Durable background work in PostgreSQL (pg-boss). Every portal process starts the queue and
 * works it: a job is fetched by one process only (SKIP LOCKED), and a job whose process died
 * is retried once its heartbeat lapses.
 */
export const JOB_QUEUES = {
  /** One sync run (data in SyncRun); retried after a crash, resuming from the stored cursor. */
  "sync-run": { retryLimit: 5, retryDelay: 5, retryBackoff: true, heartbeatSeconds: 10, expireInSeconds: 3600 },
  /** Stock-change webhooks for one company's channels. */
  "stock-webhook": { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 120 },
  /** An alert for staff (and maybe the client) by e-mail. */
  "alert-email": { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  /** An order changed: its channel's webhook. */
  "order-webhook": { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 120 },
} as const satisfies Record<string, Omit<Queue, "name">>;

export type TJobQueueName = keyof typeof JOB_QUEUES;

const holder = globalThis as typeof globalThis & { __erpBridgeJobs?: Promise<PgBoss> };

/** The process's queue, started on first use; it runs on the portal's own connection pool. */
export function getJobQueue(): Promise<PgBoss> {
  holder.__erpBridgeJobs ??= startJobQueue();
  return holder.__erpBridgeJobs;
}

async function startJobQueue(): Promise<PgBoss> {
  const pool = getPool();
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: "pgboss",
    // Instances and queue stats are for dashboards we don't run; spare the one embedded connection.
    registerInstance: false,
    schedule: false,
    // Expiry and missed heartbeats are checked on these passes: a job whose process died is
    // retried within about two of them after its heartbeat lapses.
    monitorIntervalSeconds: 10,
    superviseIntervalSeconds: 10,
  });
  boss.on("error", (error) => log("error", "job queue error", { error: errorText(error) }));
  await boss.start();
  for (const [name, options] of Object.entries(JOB_QUEUES)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, options);
  }
  return boss;
}

export async function stopJobQueue(): Promise<void> {
  const started = holder.__erpBridgeJobs;
  holder.__erpBridgeJobs = undefined;
  if (started) await (await started).stop({ graceful: true, timeout: 5_000, close: false });
}
