import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { runTransaction } from "../../platform/database/db.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { recordAudit } from "../audit/record-audit.ts";

const ZHour = z.coerce.number().int().min(0).max(23);
const ZPolicy = z
  .object({ fromHour: ZHour, toHour: ZHour })
  .refine((p) => p.fromHour !== p.toHour, { path: ["toHour"], params: { code: "updateWindowEmpty" } });

/**
 * Staff set (or with `input: null` clear) a client's consent to automatic updates: its agents
 * are updated to the newest build between `fromHour` and `toHour`, Warsaw time.
 */
export async function setUpdatePolicy(options: {
  actor: TActor;
  companyId: string;
  input: { fromHour: unknown; toHour: unknown } | null;
}): Promise<void> {
  requireStaff(options.actor);
  if (!z.uuid().safeParse(options.companyId).success) throw notFound("company");
  const policy = options.input === null ? null : parseInput({ schema: ZPolicy, input: options.input });
  const { companyId } = options;
  await runTransaction(async (tx) => {
    if (!(await tx.company.findUnique({ where: { id: companyId }, select: { id: true } }))) throw notFound("company");
    const before = await tx.agentUpdatePolicy.findUnique({ where: { companyId } });
    if (policy) {
      await tx.agentUpdatePolicy.upsert({ where: { companyId }, create: { companyId, ...policy }, update: policy });
    } else {
      await tx.agentUpdatePolicy.deleteMany({ where: { companyId } });
    }
    const change = {
      companyId,
      entity: "agent-update-policy",
      action: policy ? "set" : "clear",
      before,
      after: policy,
    };
    await recordAudit({ tx, actor: options.actor, change });
  });
}
