import type { TErrorCode } from "@erp-bridge/shared";

/** A failure a command reports with a specific code; anything else thrown becomes COMMAND_FAILED. */
export class CommandError extends Error {
  readonly code: TErrorCode;

  constructor(options: { code: TErrorCode; message: string }) {
    super(options.message);
    this.name = "CommandError";
    this.code = options.code;
  }
}
