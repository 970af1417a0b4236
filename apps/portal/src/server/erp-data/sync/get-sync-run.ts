import { z } from "zod";
import { notFound } from "../../platform/errors/app-error.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb } from "../../platform/database/db.ts";

/** One run with its progress (staff); another company's run is not found. */
export async function getSyncRun(options: { actor: TActor; companyId: string; runId: string }) {
  requireStaff(options.actor);
  if (!z.uuid().safeParse(options.runId).success) throw notFound("sync run");
  const run = await getDb().syncRun.findFirst({
    where: { id: options.runId, companyId: options.companyId },
    omit: { commandId: true, chunk: true, appliedPages: true },
  });
  if (!run) throw notFound("sync run");
  return run;
}
