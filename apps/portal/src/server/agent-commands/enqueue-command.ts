import { COMMANDS, isCommandName } from "@erp-bridge/shared";
import { z } from "zod";
import { AppError, notFound } from "../app-error.ts";
import { publish } from "../bus/publish.ts";
import { inTransaction, type TTx } from "../db.ts";
import { parseInput } from "../parse-input.ts";

const DEFAULT_TIMEOUT_MS = 60_000;

const ZEnqueue = z.object({
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

/**
 * Puts a command in the outbox of one of the company's agents. The same idempotency key
 * for the same agent returns the stored command, also when two callers race. The
 * "command available" event leaves with the commit, so the hub never looks too early.
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
  const { name } = options;
  if (!isCommandName(name)) {
    throw new AppError({
      code: "INVALID_INPUT",
      message: `unknown command ${name}`,
      fieldErrors: { name: ["Unknown command"] },
    });
  }
  const args = parseInput({ schema: ZEnqueue, input: options });
  const input: unknown = parseInput({ schema: COMMANDS[name].input, input: options.input });
  return inTransaction(options.tx, async (tx) => {
    const agentId = await resolveAgent({ tx, companyId: args.companyId, agentId: args.agentId });
    const inserted = await tx.agentCommand.createMany({
      data: {
        agentId,
        companyId: args.companyId,
        name,
        input: JSON.parse(JSON.stringify(input)),
        idempotencyKey: args.idempotencyKey,
        timeoutMs: args.timeoutMs,
      },
      skipDuplicates: true,
    });
    if (inserted.count > 0) await publish({ channel: "command-available", event: { agentId }, tx });
    return tx.agentCommand.findUniqueOrThrow({
      where: { agentId_idempotencyKey: { agentId, idempotencyKey: args.idempotencyKey } },
    });
  });
}

/** Only the company's own, non-revoked agents: another tenant's agent looks missing. */
async function resolveAgent(options: { tx: TTx; companyId: string; agentId: string | undefined }): Promise<string> {
  const agents = await options.tx.agent.findMany({
    where: { companyId: options.companyId, revokedAt: null, ...(options.agentId ? { id: options.agentId } : {}) },
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
      fieldErrors: { agentId: ["Choose an agent"] },
    });
  }
  return first.id;
}
