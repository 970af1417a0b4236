/**
 * Closes what the portal's modules opened in this bench process (the bus's listener, the job
 * queue, the database pool), so the process ends when the bench is done. Imported lazily: the
 * portal modules read DATABASE_URL when first loaded.
 */
export async function disconnectPortal(): Promise<void> {
  await (await import("../../apps/portal/src/server/agent-link/subscribe.ts")).closeBus();
  await (await import("../../apps/portal/src/server/platform/jobs/job-queue.ts")).stopJobQueue();
  await (await import("../../apps/portal/src/server/platform/database/db.ts")).disconnectDb();
}
