import { PgBoss } from "pg-boss";
import { getPool } from "../database/db.ts";
import { errorText, log } from "../log.ts";
import { JOBS } from "./job-catalogue.ts";

// Durable background work in PostgreSQL (pg-boss). Every portal process starts the queue and
// works it: a job is fetched by one process only (SKIP LOCKED), and a job whose process died is
// retried once its heartbeat lapses. The queues are declared in job-catalogue.ts; jobs go in
// through sendJob and out through workJobs.

const holder = globalThis as typeof globalThis & { __erpBridgeJobs?: Promise<PgBoss> };

/** The process's queue, started on first use; it runs on the portal's own connection pool. */
export function getJobQueue(): Promise<PgBoss> {
  holder.__erpBridgeJobs ??= startJobQueue();
  return holder.__erpBridgeJobs;
}

/**
 * Starts the queue if no engine has yet. Call it before opening a transaction that sends a job:
 * starting inside one would ask the pool for a second connection, which the transaction guard refuses.
 */
export async function ensureJobQueue(): Promise<void> {
  await getJobQueue();
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
  for (const [name, { queue }] of Object.entries(JOBS)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, queue);
  }
  return boss;
}

export async function stopJobQueue(): Promise<void> {
  const started = holder.__erpBridgeJobs;
  holder.__erpBridgeJobs = undefined;
  if (started) await (await started).stop({ graceful: true, timeout: 5_000, close: false });
}
