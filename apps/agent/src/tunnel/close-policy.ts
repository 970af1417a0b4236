import { CLOSE_CODES } from "@erp-bridge/shared";
import { EXIT } from "../cli/exit-codes.ts";

export type TCloseDecision = { kind: "retry" } | { kind: "exit"; code: number; level: "info" | "error"; msg: string };

/**
 * What a closed connection means for the process. Only the portal's deliberate verdicts end
 * it; everything else (network, restarts, 1001, protocol errors) is worth another attempt.
 */
export function decideClose(options: {
  code: number;
  stopping: boolean;
  upgradeStatus: number | null;
}): TCloseDecision {
  if (options.stopping) return { kind: "exit", code: EXIT.OK, level: "info", msg: "stopped" };
  if (options.upgradeStatus === 401 || options.code === CLOSE_CODES.REVOKED) {
    return { kind: "exit", code: EXIT.CREDENTIAL_REJECTED, level: "error", msg: "credential rejected: re-enroll" };
  }
  if (options.code === CLOSE_CODES.PROTOCOL_VERSION) {
    return { kind: "exit", code: EXIT.PROTOCOL_VERSION, level: "error", msg: "protocol version rejected" };
  }
  if (options.code === CLOSE_CODES.REPLACED) {
    // Another instance with this credential took over; exiting keeps two services from taking turns.
    return { kind: "exit", code: EXIT.OK, level: "error", msg: "replaced by another agent instance" };
  }
  return { kind: "retry" };
}
