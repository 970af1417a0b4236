import type { TErrorCode, TProblem } from "@erp-bridge/shared";

/**
 * A failure a command reports with a specific code; anything else thrown becomes COMMAND_FAILED.
 * `problem` says why in codes (see ZProblem) so the portal need not parse the English message.
 */
export class CommandError extends Error {
  readonly code: TErrorCode;
  readonly problem: TProblem | undefined;

  constructor(options: { code: TErrorCode; message: string; problem?: TProblem }) {
    super(options.message);
    this.name = "CommandError";
    this.code = options.code;
    this.problem = options.problem;
  }
}
