import { z } from "zod";
import { AppError } from "../../platform/errors/app-error.ts";
import { formProblem } from "../../platform/errors/form-problem.ts";
import { recordAudit } from "../../admin/audit/record-audit.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { getDb, runTransaction } from "../../platform/database/db.ts";
import { ensureJobQueue } from "../../platform/jobs/job-queue.ts";
import { sendJob } from "../../platform/jobs/send-job.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { announceRun } from "./sync-run-events.ts";
import { findStaffIntegration } from "../integrations/find-staff-integration.ts";

const ZRequest = z.object({
  group: z.enum(["PRODUCTS", "PRICES", "STOCK", "CUSTOMERS", "DOCUMENTS", "PROMOTIONS"]),
  kind: z.enum(["INCREMENTAL", "FULL"]),
});

/**
 * Staff start a run now: incremental (what changed) or a full resync. A run of that group
 * already pending is returned instead of a second one.
 */
export async function requestSync(options: {
  actor: TActor;
  companyId: string;
  /** One of the company's integrations; absent: its first. */
  integrationId?: string | null;
  input: unknown;
}) {
  const { integration: found } = await findStaffIntegration(options);
  const input = parseInput({ schema: ZRequest, input: options.input });
  const integration =
    found &&
    (await getDb().integration.findUnique({
      where: { id: found.id },
      include: { agent: { select: { online: true, revokedAt: true, name: true } } },
    }));
  if (!integration?.agent || integration.agent.revokedAt) {
    throw new AppError({
      code: "CONFLICT",
      message: "no agent",
      userMessage: "Assign an agent to the integration first",
      problem: formProblem("noAgentAssigned"),
    });
  }
  if (!integration.agent.online) {
    throw new AppError({
      code: "UNAVAILABLE",
      message: "agent offline",
      userMessage: "The agent is offline: start it first",
      problem: formProblem("agentOffline", { name: integration.agent.name }),
    });
  }
  await ensureJobQueue();
  const run = await runTransaction(async (tx) => {
    const [created] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "SyncRun" ("id", "integrationId", "companyId", "group", "kind", "trigger", "requestedBy")
      VALUES (gen_random_uuid(), ${integration.id}::uuid, ${options.companyId}::uuid, ${input.group}::"DataGroup",
              ${input.kind}::"SyncRunKind", 'manual', ${options.actor.userId})
      ON CONFLICT ("integrationId", "group") WHERE "status" IN ('QUEUED', 'RUNNING') DO NOTHING
      RETURNING "id"`;
    if (!created) {
      const pending = await tx.syncRun.findFirstOrThrow({
        where: { integrationId: integration.id, group: input.group, status: { in: ["QUEUED", "RUNNING"] } },
      });
      return { run: pending, started: false };
    }
    await sendJob("sync-run", { runId: created.id }, { id: created.id, tx });
    await recordAudit({
      tx,
      actor: options.actor,
      change: { companyId: options.companyId, entity: "sync", entityId: created.id, action: "start", after: input },
    });
    return { run: await tx.syncRun.findUniqueOrThrow({ where: { id: created.id } }), started: true };
  });
  await announceRun({ runId: run.run.id, companyId: options.companyId, final: true });
  return run;
}
