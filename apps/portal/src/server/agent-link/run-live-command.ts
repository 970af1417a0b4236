import { ZProblem, type TCommandName } from "@erp-bridge/shared";
import { uuidV7 } from "../platform/database/uuid-v7.ts";
import { awaitCommand } from "./await-command.ts";
import { cancelCommand } from "./cancel-command.ts";
import { enqueueCommand } from "./enqueue-command.ts";

/**
 * Runs one command on an agent for someone waiting on the answer (a dry run, a live check).
 * One that does not finish in time is cancelled: an agent coming back later must not run a
 * question nobody waits for any more.
 */
export async function runLiveCommand(options: {
  companyId: string;
  agentId: string;
  /** The agent's ERP connection (the integration's agentConnection); the default one when absent. */
  connection?: string;
  name: TCommandName;
  input: unknown;
  /** Names the command's purpose in its idempotency key (each call is a new command). */
  purpose: string;
  timeoutMs: number;
}) {
  const queued = await enqueueCommand({
    companyId: options.companyId,
    agentId: options.agentId,
    connection: options.connection,
    name: options.name,
    input: options.input,
    idempotencyKey: `${options.purpose}:${uuidV7()}`,
    timeoutMs: options.timeoutMs,
  });
  const finished = await awaitCommand({ commandId: queued.id, timeoutMs: options.timeoutMs + 1_000 });
  if (finished.status === "SUCCEEDED") return { ok: true as const, command: finished };
  await cancelCommand({ companyId: options.companyId, commandId: queued.id });
  const why = ZProblem.safeParse(finished.errorProblem);
  return {
    ok: false as const,
    problem: finished.errorMessage ?? "The agent did not answer",
    /** The agent's reason in codes, when it gave one. */
    why: why.success ? why.data : undefined,
  };
}
