import { publish } from "../../agent-link/publish.ts";

const PROGRESS_EVERY_MS = 250;
const lastSent = new Map<string, number>();

/**
 * Tells every portal process that a run moved, so open sync pages redraw its bar. Progress is
 * thinned to a few events a second per run; `final` (started, finished) always goes out.
 */
export async function announceRun(options: { runId: string; companyId: string; final?: boolean }): Promise<void> {
  const now = Date.now();
  if (!options.final && now - (lastSent.get(options.runId) ?? 0) < PROGRESS_EVERY_MS) return;
  if (options.final) lastSent.delete(options.runId);
  else lastSent.set(options.runId, now);
  await publish({ channel: "sync-progress", event: { runId: options.runId, companyId: options.companyId } });
}
