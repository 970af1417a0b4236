import { AppError, notFound } from "../platform/errors/app-error.ts";
import type { AgentCommand } from "../../generated/prisma/client.ts";
import { publishIfLocal } from "./publish.ts";
import { getDb, type TTx } from "../platform/database/db.ts";
import { fieldProblem } from "../platform/errors/field-problem.ts";
import { outboxAgentCte, outboxCommand, outboxInsertCtes, withAgent } from "./outbox-command.ts";

/**
 * Puts a command in the outbox of one of the company's agents. The same idempotency key
 * for the same agent returns the stored command, also when two callers race. The
 * "command available" event leaves with the commit, so the hub never looks too early. A command
 * not delivered by its kind's queue expiry (queue-lifetime.ts) expires undelivered.
 */
export async function enqueueCommand(options: {
  companyId: string;
  agentId?: string;
  name: string;
  input: unknown;
  idempotencyKey: string;
  timeoutMs?: number;
  tx?: TTx;
}) {
  const checked = outboxCommand(options);
  const db = options.tx ?? getDb();
  const agentId = checked.agentId ?? (await resolveAgent({ tx: db, companyId: checked.companyId }));
  const command = withAgent(checked, agentId);
  // One statement on the hot path: the tenant check, the insert and its announcement commit
  // together. Nothing inserted means another tenant's or a revoked agent, or a known key.
  const [inserted] = await db.$queryRaw<AgentCommand[]>`
    WITH ${outboxAgentCte(command)}, ${outboxInsertCtes(command)}
    SELECT outbox_command.* FROM outbox_command CROSS JOIN (SELECT count(*) FROM outbox_announced) AS evaluated`;
  if (inserted) {
    await publishIfLocal({ channel: "command-available", event: { agentId } });
    return inserted;
  }
  const existing = await db.agentCommand.findFirst({
    where: { agentId, companyId: command.companyId, idempotencyKey: command.idempotencyKey },
  });
  if (!existing) throw notFound("agent");
  return existing;
}

/** Only the company's own, non-revoked agents: another tenant's agent looks missing. */
async function resolveAgent(options: { tx: TTx; companyId: string }): Promise<string> {
  const agents = await options.tx.agent.findMany({
    where: { companyId: options.companyId, revokedAt: null },
    select: { id: true },
    take: 2,
  });
  const [first] = agents;
  if (!first) throw notFound("agent");
  if (agents.length > 1) {
    throw new AppError({
      code: "CONFLICT",
      message: "company has several agents",
      userMessage: "This company has several agents: choose one",
      fieldErrors: { agentId: [fieldProblem("chooseAgent")] },
    });
  }
  return first.id;
}
