import { ZErpOrderCreateResult, ZProblem, ZWrittenDocument } from "@erp-bridge/shared";
import { Prisma, type AgentCommand } from "../../generated/prisma/client.ts";
import type { TTx } from "../platform/database/db.ts";
import { addOrderEvent } from "./order-events.ts";
import { problemColumns, refusalProblem, stepOf, type TOrderProblem } from "./order-problem.ts";
import type { TOrderRow } from "./order-view.ts";

const RETRY_BASE_MS = 5_000;
const RETRY_MAX_MS = 5 * 60_000;

/**
 * Records a finished step on the order. Success: the ERP's numbers and a timeline line. The ERP
 * refusing (unknown product, no stock...) stops the order for staff with the reason in plain
 * words. Anything passing (ERP down, timeout) is retried later with backoff, under the same
 * document key, so a retry can only find what an earlier attempt wrote, never write it twice.
 */
export async function applyStepResult(options: { tx: TTx; order: TOrderRow; command: AgentCommand }): Promise<void> {
  const { tx, order, command } = options;
  const step = order.erpStep ?? "";
  const cleared = {
    erpCommandId: null,
    erpStep: null,
    erpAttempt: 0,
    lastError: null,
    lastErrorCode: null,
    lastErrorParams: Prisma.DbNull,
    lastErrorAt: null,
  };
  if (command.status === "SUCCEEDED") {
    const { data, message } = successOf(step, order, command.result);
    await tx.order.update({ where: { id: order.id }, data: { ...data, ...cleared } });
    await addOrderEvent({ tx, order, type: `erp_${step.split(":")[0] ?? step}`, message, actor: "erp" });
    return;
  }
  const reason = command.errorMessage ?? command.status.toLowerCase();
  if (command.errorCode === "ERP_REFUSED") {
    const why = ZProblem.safeParse(command.errorProblem);
    const problem = refusalProblem({
      step: stepOf(step),
      message: reason,
      problem: why.data,
      sfera: throughSfera(command.input),
    });
    await tx.order.update({
      where: { id: order.id },
      data: {
        erpState: "FAILED",
        erpCommandId: null,
        erpAttempt: { increment: 1 },
        ...problemColumns(problem),
        lastErrorAt: new Date(),
      },
    });
    await addOrderEvent({ tx, order, type: "erp_failed", problem, actor: "erp" });
    return;
  }
  const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** order.erpAttempt);
  const problem: TOrderProblem = {
    code: "retrying",
    params: { step: stepOf(step), reason, seconds: Math.round(delay / 1000) },
  };
  await tx.order.update({
    where: { id: order.id },
    data: {
      erpState: "PENDING",
      erpCommandId: null,
      erpAttempt: { increment: 1 },
      nextAttemptAt: new Date(Date.now() + delay),
      ...problemColumns(problem),
      lastErrorAt: new Date(),
    },
  });
  await addOrderEvent({ tx, order, type: "erp_retry", problem, actor: "system" });
}

function successOf(
  step: string,
  order: TOrderRow,
  result: unknown,
): { data: Prisma.OrderUpdateInput; message: string } {
  if (step === "create") {
    const created = ZErpOrderCreateResult.parse(result);
    return {
      data: {
        erpOrderId: created.order.id,
        erpOrderNumber: created.order.number,
        erpCustomerId: created.customer.id,
        erpCustomerSymbol: created.customer.symbol,
        ...(order.status === "new" && { status: "accepted" }),
      },
      message: `Order ${created.order.number} written in the ERP for customer ${created.customer.symbol}${
        created.customer.created ? " (new)" : ""
      }${created.order.warnings.length ? `; ${created.order.warnings.join("; ")}` : ""}`,
    };
  }
  const document = ZWrittenDocument.parse(result);
  if (step === "sale") {
    return {
      data: { erpSaleId: document.id, erpSaleType: document.type, erpSaleNumber: document.number },
      message: `${document.number} issued`,
    };
  }
  if (step === "transfer") {
    return {
      data: { erpTransferNumber: document.number },
      message: `Transfer ${document.number} to the showroom written`,
    };
  }
  if (step === "cancel")
    return { data: { erpOrderClosed: true }, message: `Order ${document.number} cancelled in the ERP` };
  const returnId = step.slice("return:".length);
  return {
    data: {
      returns: {
        update: { where: { id: returnId }, data: { erpDocumentNumber: document.number, status: "refunded" } },
      },
    },
    message: `Correction ${document.number} issued for the return`,
  };
}

/** The command went to the Sfera writer (its input's `writer`), so a refusal carries Sfera's words. */
function throughSfera(input: unknown): boolean {
  return typeof input === "object" && input !== null && "writer" in input && input.writer === "sfera";
}
