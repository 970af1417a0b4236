import type { OrderErpState } from "../../generated/prisma/client.ts";
import type { TProblemParams } from "../platform/errors/problem-params.ts";
import type { TOutboxCommand } from "../agent-link/outbox-command.ts";
import type { TStepDecision } from "./decide-erp-step.ts";
import { problemColumns, type TOrderProblem } from "./order-problem.ts";

/** What a decision changes: the order's columns, the timeline line it adds, the command it queues. */
export type TStepChanges = {
  columns: {
    erpState: OrderErpState;
    erpStep?: string | null;
    erpCommandId?: string;
    nextAttemptAt?: Date | null;
    lastError?: string;
    lastErrorCode?: string;
    lastErrorParams?: TProblemParams;
    lastErrorAt?: Date;
  };
  event: { type: string; problem: TOrderProblem } | null;
  command: TOutboxCommand | null;
};

/**
 * A decision as changes to the order, the same whether the order engine updates a stored order
 * with them or the intake writes a new order with them in its one statement.
 */
export function erpStepChanges(decision: TStepDecision, now: Date): TStepChanges | null {
  switch (decision.kind) {
    case "wait":
      return null;
    case "noAgent":
      return {
        columns: {
          erpState: "PENDING",
          ...problemColumns({ code: "noAgent", params: {} }),
          nextAttemptAt: decision.retryAt,
        },
        event: null,
        command: null,
      };
    case "connectionUnknown":
      return {
        columns: {
          erpState: "PENDING",
          ...problemColumns({ code: "connectionUnknown", params: { connection: decision.connection } }),
          nextAttemptAt: decision.retryAt,
        },
        event: null,
        command: null,
      };
    case "idle":
      return { columns: { erpState: "IDLE", erpStep: null, nextAttemptAt: null }, event: null, command: null };
    case "hold":
      return {
        columns: {
          erpState: "HELD",
          erpStep: "create",
          nextAttemptAt: null,
          lastErrorAt: now,
          ...problemColumns(decision.problem),
        },
        event: { type: "erp_held", problem: decision.problem },
        command: null,
      };
    case "awaitErp":
      return {
        columns: {
          erpState: "AWAITING_ERP",
          erpStep: decision.step,
          nextAttemptAt: null,
          ...problemColumns(decision.problem),
        },
        // Already waiting for this document (looked at again after a settings change): said once.
        event: decision.announce ? { type: "erp_awaiting", problem: decision.problem } : null,
        command: null,
      };
    case "fail":
      return {
        columns: {
          erpState: "FAILED",
          erpStep: decision.step,
          ...problemColumns(decision.problem),
          lastErrorAt: now,
        },
        event: { type: "erp_failed", problem: decision.problem },
        command: null,
      };
    case "send":
      return {
        columns: {
          erpState: "PENDING",
          erpStep: decision.step,
          erpCommandId: decision.command.id,
          nextAttemptAt: null,
        },
        event: null,
        command: decision.command,
      };
  }
}
