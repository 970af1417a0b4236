import { DEFAULT_CONNECTION } from "@erp-bridge/shared";
import { AppError, notFound } from "../platform/errors/app-error.ts";
import { Prisma, type AgentCommand } from "../../generated/prisma/client.ts";
import { publish, publishIfLocal } from "./publish.ts";
import { getDb, type TTx } from "../platform/database/db.ts";
import { fieldProblem } from "../platform/errors/field-problem.ts";
import { formProblem } from "../platform/errors/form-problem.ts";
import { outboxAgentCte, outboxCommand, outboxInsertCtes, withAgent } from "./outbox-command.ts";
import { isLiveQuestion } from "./commands/queue-lifetime.ts";
import { COMMIT_WITHOUT_FLUSH } from "../platform/database/commit-without-flush.ts";
import { deliverHere, localProcessId } from "./hub/local-delivery.ts";

/**
 * Puts a command in the outbox of one of the company's agents. The same idempotency key
 * for the same agent returns the stored command, also when two callers race. The
 * "command available" event leaves with the commit, so the hub never looks too early; a process
 * holding the agent's connection itself starts sending once its own commit returned, without
 * waiting for the event to come back (hub/local-delivery.ts). A command
 * not delivered by its kind's queue expiry (queue-lifetime.ts) expires undelivered. A command for
 * another than the default ERP `connection` is taken only for an agent that listed that connection
 * in its last hello or status: an older agent would run it against its default ERP.
 *
 * A live question (an echo, a lookup: queue-lifetime.ts) enqueued on its own commits without
 * waiting for the disk, so its round trip waits for no flush at all (its claim and outcome do not
 * either). Lost in a crash of PostgreSQL it is gone before anyone could rely on it: its asker's
 * wait ends in an error (the command is not found), which a crash ends anyway, and it wrote
 * nothing. Work that must happen (ERP writes, sync reads) and anything in a caller's transaction
 * (the setting would reach the whole transaction) wait for the disk as before.
 */
export async function enqueueCommand(options: {
  companyId: string;
  agentId?: string;
  /** The agent's ERP connection (the integration's agentConnection); the default one when absent. */
  connection?: string;
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
  // One statement on the hot path: the tenant check and the insert. Nothing inserted means another
  // tenant's or a revoked agent, an unreported connection, or a known key. Inside a caller's
  // transaction the announcement rides in the statement; without one it follows the commit in a
  // statement shared with the other events published meanwhile (see outboxInsertCtes). Even a
  // live question's, whose commit waits for no flush: one notify lock per enqueue instead of one per
  // shared statement queued the enqueues behind each other on a loaded machine (issue 18, 7 Dec).
  const announce = options.tx !== undefined;
  const flushless = !announce && isLiveQuestion(command.name);
  const [inserted] = await db.$queryRaw<AgentCommand[]>`
    WITH ${outboxAgentCte(command)}, ${outboxInsertCtes(command, { announce })},
      commit_mode AS (SELECT ${flushless ? COMMIT_WITHOUT_FLUSH : Prisma.sql`NULL`} AS "commitMode")
    SELECT outbox_command.* FROM outbox_command CROSS JOIN commit_mode
      CROSS JOIN (SELECT count(*) FROM outbox_announced) AS evaluated`;
  if (inserted) {
    if (announce) await publishIfLocal({ channel: "command-available", event: { agentId } });
    else {
      // Committed already: an agent this process holds gets it now, the others hear of it.
      const sentBy = deliverHere(agentId) ? localProcessId() : undefined;
      await publish({ channel: "command-available", event: { agentId, sentBy } });
    }
    return inserted;
  }
  const existing = await db.agentCommand.findFirst({
    where: { agentId, companyId: command.companyId, idempotencyKey: command.idempotencyKey },
  });
  if (existing) return existing;
  if (command.connection !== DEFAULT_CONNECTION) await refuseUnknownConnection({ tx: db, ...command });
  throw notFound("agent");
}

/** The company's own agent that did not list the connection: a form problem naming it, not "not found". */
async function refuseUnknownConnection(options: { tx: TTx; agentId: string; companyId: string; connection: string }) {
  const agent = await options.tx.agent.findFirst({
    where: { id: options.agentId, companyId: options.companyId, revokedAt: null },
    select: { name: true },
  });
  if (!agent) return;
  throw new AppError({
    code: "CONFLICT",
    message: `agent ${options.agentId} did not report ERP connection ${options.connection}`,
    userMessage: `The agent ${agent.name} does not serve the ERP connection ${options.connection}: configure it there first`,
    problem: formProblem("agentConnectionUnknown", { name: agent.name, connection: options.connection }),
  });
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
