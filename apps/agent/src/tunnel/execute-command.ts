import type { TCommandOutcome, TErrorCode, TProblem } from "@erp-bridge/shared";
import { CommandError } from "../errors/command-error.ts";
import type { TRunOptions } from "../commands/define-command.ts";
import { errorMessage } from "../log.ts";
import { abortReasonOf, raceAbort, type TAbortReason } from "./abort.ts";

export type TExecution = { kind: "done"; outcome: TCommandOutcome } | { kind: "abandoned"; reason: TAbortReason };

/** ZError caps messages; an outcome that fails validation would never leave the agent. */
const MAX_MESSAGE = 4000;

export function failure(options: { code: TErrorCode; message: string; problem?: TProblem }): TCommandOutcome {
  const error = { code: options.code, message: options.message.slice(0, MAX_MESSAGE) };
  return { ok: false, error: options.problem ? { ...error, problem: options.problem } : error };
}

/** Runs a prepared command and turns whatever happened into an outcome (or abandonment). */
export async function executeCommand(options: {
  run: (options: TRunOptions) => Promise<unknown>;
  context: TRunOptions;
  timeoutMs: number;
}): Promise<TExecution> {
  const { signal } = options.context;
  try {
    const result = await raceAbort({ promise: options.run(options.context), signal });
    return { kind: "done", outcome: { ok: true, result } };
  } catch (error) {
    const reason = abortReasonOf(signal);
    if (reason === "TIMEOUT") {
      return {
        kind: "done",
        outcome: failure({ code: "TIMEOUT", message: `no result within ${options.timeoutMs} ms` }),
      };
    }
    if (reason === "CANCELLED") {
      return { kind: "done", outcome: failure({ code: "CANCELLED", message: "cancelled by the portal" }) };
    }
    if (reason) return { kind: "abandoned", reason };
    if (error instanceof CommandError) return { kind: "done", outcome: failure(error) };
    return { kind: "done", outcome: failure({ code: "COMMAND_FAILED", message: errorMessage(error) }) };
  }
}
