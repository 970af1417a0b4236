import { COMMANDS, DEFAULT_CONNECTION, isCommandName, ZConnectionKey } from "@erp-bridge/shared";
import { z } from "zod";
import { AppError, notFound } from "../platform/errors/app-error.ts";
import { Prisma, type AgentCommand } from "../../generated/prisma/client.ts";
import { notifySql, publish, publishIfLocal } from "./publish.ts";
import { getDb, type TTx } from "../platform/database/db.ts";
import { uuidV7 } from "../platform/database/uuid-v7.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { queueExpiry } from "./commands/queue-lifetime.ts";
import { fieldProblem } from "../platform/errors/field-problem.ts";
import { formProblem } from "../platform/errors/form-problem.ts";

const DEFAULT_TIMEOUT_MS = 60_000;

const ZEnqueue = z.object({
  companyId: z.uuid(),
  agentId: z.uuid().optional(),
  connection: ZConnectionKey.default(DEFAULT_CONNECTION),
  idempotencyKey: z.string().min(1).max(200),
  timeoutMs: z
    .number()
    .int()
    .min(100)
    .max(24 * 60 * 60_000)
    .default(DEFAULT_TIMEOUT_MS),
});

/**
 * Puts a command in the outbox of one of the company's agents. The same idempotency key
 * for the same agent returns the stored command, also when two callers race. The
 * "command available" event leaves with the commit, so the hub never looks too early. A command
 * not delivered by its kind's queue expiry (queue-lifetime.ts) expires undelivered. A command for
 * another than the default ERP `connection` is taken only for an agent that listed that connection
 * in its last hello or status: an older agent would run it against its default ERP.
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
  const { name } = options;
  if (!isCommandName(name)) {
    throw new AppError({
      code: "INVALID_INPUT",
      message: `unknown command ${name}`,
      fieldErrors: { name: [fieldProblem("unknownCommand")] },
    });
  }
  const args = parseInput({ schema: ZEnqueue, input: options });
  const input: unknown = parseInput({ schema: COMMANDS[name].input, input: options.input });
  const db = options.tx ?? getDb();
  const agentId = args.agentId ?? (await resolveAgent({ tx: db, companyId: args.companyId }));
  const expiresAt = queueExpiry({ name, timeoutMs: args.timeoutMs, now: new Date() });
  // One statement on the hot path: the tenant check and the insert. Nothing inserted means another
  // tenant's or a revoked agent, or a known key. Inside a caller's transaction the announcement
  // rides in the statement (PostgreSQL sends it at commit). Without one it follows the commit as a
  // statement of its own (announceAfterCommit): a transaction that writes and notifies holds
  // PostgreSQL's cluster-wide notify lock through its WAL flush, so such commits queue one behind
  // another instead of sharing a flush; on the development machine that capped the tunnel near
  // 100 commands/s. A process that dies between the two leaves the command for the hub's catch-up.
  const [inserted] = await db.$queryRaw<AgentCommand[]>`
    WITH agent AS (
      SELECT "id" FROM "Agent"
      WHERE "id" = ${agentId}::uuid AND "companyId" = ${args.companyId}::uuid AND "revokedAt" IS NULL
        AND (${args.connection} = ${DEFAULT_CONNECTION}
             OR "erpConnections" @> jsonb_build_array(jsonb_build_object('key', ${args.connection}::text)))
    ), inserted AS (
      INSERT INTO "AgentCommand" ("id", "agentId", "companyId", "connection", "name", "idempotencyKey", "input",
        "timeoutMs", "expiresAt")
      SELECT ${uuidV7()}::uuid, "id", ${args.companyId}::uuid, ${args.connection}, ${name}, ${args.idempotencyKey},
             ${JSON.stringify(input)}::jsonb, ${args.timeoutMs}, ${expiresAt}::timestamp(3) FROM agent
      ON CONFLICT ("agentId", "idempotencyKey") DO NOTHING
      RETURNING *
    ), announced AS (
      SELECT ${options.tx ? notifySql("command-available", Prisma.sql`json_build_object('agentId', "agentId")::text`) : Prisma.sql`NULL`}
      FROM inserted
    )
    SELECT inserted.* FROM inserted CROSS JOIN (SELECT count(*) FROM announced) AS evaluated`;
  if (inserted) {
    if (options.tx) await publishIfLocal({ channel: "command-available", event: { agentId } });
    else await publish({ channel: "command-available", event: { agentId } });
    return inserted;
  }
  const existing = await db.agentCommand.findFirst({
    where: { agentId, companyId: args.companyId, idempotencyKey: args.idempotencyKey },
  });
  if (existing) return existing;
  if (args.connection !== DEFAULT_CONNECTION) await refuseUnknownConnection({ tx: db, agentId, ...args });
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
