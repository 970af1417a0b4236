import { COMMANDS, DEFAULT_CONNECTION, isCommandName, ZConnectionKey, type TCommandName } from "@erp-bridge/shared";
import { z } from "zod";
import { Prisma } from "../../generated/prisma/client.ts";
import { AppError } from "../platform/errors/app-error.ts";
import { fieldProblem } from "../platform/errors/field-problem.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { uuidV7 } from "../platform/database/uuid-v7.ts";
import { queueExpiry } from "./commands/queue-lifetime.ts";
import { notifySql } from "./publish.ts";

const DEFAULT_TIMEOUT_MS = 60_000;

const ZOutboxArgs = z.object({
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

/** A command checked against the catalogue and ready for the outbox: what its row will hold. */
export type TOutboxCommand = {
  id: string;
  companyId: string;
  agentId: string;
  /** The agent's ERP connection (the integration's agentConnection). */
  connection: string;
  name: TCommandName;
  idempotencyKey: string;
  input: unknown;
  timeoutMs: number;
  expiresAt: Date | null;
};

/**
 * Checks a command (its name, its input against the catalogue) before anything is written; the
 * agent may be chosen after the check (`withAgent`).
 */
export function outboxCommand(options: {
  companyId: string;
  agentId?: string;
  /** The agent's ERP connection (the integration's agentConnection); the default one when absent. */
  connection?: string;
  name: string;
  input: unknown;
  idempotencyKey: string;
  timeoutMs?: number;
}): Omit<TOutboxCommand, "agentId"> & { agentId?: string } {
  const { name } = options;
  if (!isCommandName(name)) {
    throw new AppError({
      code: "INVALID_INPUT",
      message: `unknown command ${name}`,
      fieldErrors: { name: [fieldProblem("unknownCommand")] },
    });
  }
  const args = parseInput({ schema: ZOutboxArgs, input: options });
  const input: unknown = parseInput({ schema: COMMANDS[name].input, input: options.input });
  const expiresAt = queueExpiry({ name, timeoutMs: args.timeoutMs, now: new Date() });
  return { id: uuidV7(), ...args, name, input, expiresAt };
}

export function withAgent(command: ReturnType<typeof outboxCommand>, agentId: string): TOutboxCommand {
  return { ...command, agentId };
}

/**
 * `outbox_agent`: the command's agent when it is the company's own and not revoked (no row
 * otherwise). A statement that must not write without the command gates its inserts on it. A
 * command for another than the default ERP connection needs an agent that listed that connection
 * in its last hello or status: an older agent would run it against its default ERP.
 */
export function outboxAgentCte(command: TOutboxCommand): Prisma.Sql {
  return Prisma.sql`outbox_agent AS (
    SELECT "id" FROM "Agent"
    WHERE "id" = ${command.agentId}::uuid AND "companyId" = ${command.companyId}::uuid AND "revokedAt" IS NULL
      AND ${servesConnectionSql(Prisma.sql`"erpConnections"`, Prisma.sql`${command.connection}::text`)}
  )`;
}

/**
 * Whether an agent (its `erpConnections` column) serves an ERP connection: the default one always,
 * another only when the agent listed it in its last hello or status.
 */
export function servesConnectionSql(erpConnections: Prisma.Sql, connection: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${connection} = ${DEFAULT_CONNECTION}
    OR coalesce(${erpConnections} @> jsonb_build_array(jsonb_build_object('key', ${connection})), false))`;
}

/**
 * `outbox_command` (the row inserted: none for another tenant's or a revoked agent, or a known
 * idempotency key) and `outbox_announced`, its "command available" event; the statement must
 * count `outbox_announced` (a CTE that only selects runs only when read). `alsoFrom` names a CTE
 * whose rows the insert also needs (the order it belongs to): none, no command. Follows
 * `outboxAgentCte` in the same WITH. The event rides in the statement (PostgreSQL sends it at
 * commit) only with `announce`, for a caller's transaction; a statement committing on its own
 * announces after its commit instead (`publish`): a transaction that writes and notifies holds
 * PostgreSQL's cluster-wide notify lock through its WAL flush, so such commits queue one behind
 * another instead of sharing a flush. A process dying between the two leaves the command for the
 * hub's catch-up.
 */
export function outboxInsertCtes(
  command: TOutboxCommand,
  options: { alsoFrom?: Prisma.Sql; announce: boolean },
): Prisma.Sql {
  const event = Prisma.sql`json_build_object('agentId', "agentId")::text`;
  return Prisma.sql`outbox_command AS (
    INSERT INTO "AgentCommand" ("id", "agentId", "companyId", "connection", "name", "idempotencyKey", "input",
      "timeoutMs", "expiresAt")
    SELECT ${command.id}::uuid, outbox_agent."id", ${command.companyId}::uuid, ${command.connection}, ${command.name},
           ${command.idempotencyKey}, ${JSON.stringify(command.input)}::jsonb, ${command.timeoutMs},
           ${command.expiresAt}::timestamp(3)
    FROM outbox_agent ${options.alsoFrom ?? Prisma.empty}
    ON CONFLICT ("agentId", "idempotencyKey") DO NOTHING
    RETURNING *
  ), outbox_announced AS (
    SELECT ${options.announce ? notifySql("command-available", event) : Prisma.sql`NULL`} FROM outbox_command
  )`;
}
