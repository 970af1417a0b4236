import { JOBS, type TJobHandlers, type TJobName } from "./job-catalogue.ts";
import { getJobQueue } from "./job-queue.ts";

/**
 * Works the named queues in this process, each job's payload parsed before its handler runs (a
 * payload that does not parse fails the job, which pg-boss retries). Returns a stop function.
 */
export async function workJobs(options: { handlers: TJobHandlers; names: TJobName[] }): Promise<() => Promise<void>> {
  const boss = await getJobQueue();
  for (const name of options.names) {
    const { payload, work } = JOBS[name];
    // The handler and the schema come from the same name; TypeScript cannot correlate the two lookups.
    const handler = options.handlers[name] as (payload: unknown) => Promise<unknown>;
    await boss.work(name, work, async ([job]) => {
      if (job) await handler(payload.parse(job.data));
    });
  }
  return async () => {
    for (const name of options.names) await boss.offWork(name);
  };
}
