import { COMMANDS, isCommandName, type TCommandName } from "@erp-bridge/shared";
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
 * otherwise). A statement that must not write without the command gates its inserts on it.
 */
export function outboxAgentCte(command: TOutboxCommand): Prisma.Sql {
  return Prisma.sql`outbox_agent AS (
    SELECT "id" FROM "Agent"
    WHERE "id" = ${command.agentId}::uuid AND "companyId" = ${command.companyId}::uuid AND "revokedAt" IS NULL
  )`;
}

/**
 * `outbox_command` (the row inserted: none for another tenant's or a revoked agent, or a known
 * idempotency key) and `outbox_announced`, its "command available" event, which leaves with the
 * commit so the hub never looks too early; the statement must count `outbox_announced` (a CTE
 * that only selects runs only when read). `alsoFrom` names a CTE whose rows the insert also
 * needs (the order it belongs to): none, no command. Follows `outboxAgentCte` in the same WITH.
 */
export function outboxInsertCtes(command: TOutboxCommand, alsoFrom: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`outbox_command AS (
    INSERT INTO "AgentCommand" ("id", "agentId", "companyId", "name", "idempotencyKey", "input", "timeoutMs", "expiresAt")
    SELECT ${command.id}::uuid, outbox_agent."id", ${command.companyId}::uuid, ${command.name}, ${command.idempotencyKey},
           ${JSON.stringify(command.input)}::jsonb, ${command.timeoutMs}, ${command.expiresAt}::timestamp(3)
    FROM outbox_agent ${alsoFrom}
    ON CONFLICT ("agentId", "idempotencyKey") DO NOTHING
    RETURNING *
  ), outbox_announced AS (
    SELECT ${notifySql("command-available", Prisma.sql`json_build_object('agentId', "agentId")::text`)} FROM outbox_command
  )`;
}
