import type { CommandStatus } from "../../generated/prisma/enums.ts";

/** Statuses a command can still leave; the others are final and never change again. */
export const NON_FINAL_STATUSES: CommandStatus[] = ["QUEUED", "SENT", "RUNNING"];
export const FINAL_STATUSES: CommandStatus[] = ["SUCCEEDED", "FAILED", "TIMED_OUT", "CANCELLED"];

export function isFinalStatus(status: CommandStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** The errorCode of a command that expired in the queue, never delivered (status TIMED_OUT). */
export const EXPIRED_ERROR_CODE = "EXPIRED";
