import { fromPrisma } from "pg-boss";
import type { TTx } from "../database/db.ts";
import { JOBS, type TJobInput, type TJobName } from "./job-catalogue.ts";
import { getJobQueue } from "./job-queue.ts";

export type TSendJobOptions = {
  /** Commit the job with the caller's transaction (the queue must be started before it opened). */
  tx?: TTx;
  /** A job id: a second send with the same id is dropped. */
  id?: string;
  /** At most one job per key within `singletonSeconds`. */
  singletonKey?: string;
  singletonSeconds?: number;
};

/** Queues a job; the payload is checked against the queue's schema, here and by the worker. */
export async function sendJob<N extends TJobName>(name: N, payload: TJobInput<N>, options: TSendJobOptions = {}) {
  const parsed = JOBS[name].payload.safeParse(payload);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`);
    throw new Error(`job ${name}: ${problems.join("; ")}`);
  }
  const { tx, ...sendOptions } = options;
  const boss = await getJobQueue();
  await boss.send(name, parsed.data, { ...sendOptions, ...(tx && { db: fromPrisma(tx) }) });
}
