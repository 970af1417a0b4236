import { ZOrderStatus, type TOrderView } from "@erp-bridge/shared";
import { problemParams } from "../platform/errors/problem-params.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

export const ORDER_INCLUDE = {
  lines: { orderBy: { lineNo: "asc" } },
  events: { orderBy: { at: "asc" } },
  returns: { orderBy: { createdAt: "asc" } },
} satisfies Prisma.OrderInclude;

export type TOrderRow = Prisma.OrderGetPayload<{ include: typeof ORDER_INCLUDE }>;

const ERP_STATE = {
  IDLE: "idle",
  PENDING: "pending",
  FAILED: "failed",
  AWAITING_ERP: "awaiting_erp",
  HELD: "held",
} as const satisfies Record<TOrderRow["erpState"], TOrderView["erp"]["state"]>;

/** Refused by the ERP, or held by the credit rule: the error queue, where staff act. */
const WAITS_FOR_STAFF: readonly TOrderRow["erpState"][] = ["FAILED", "HELD"];

/** An order as channels and pages read it: the ERP's numbers, its state, and the timeline. */
export function toOrderView(row: TOrderRow): TOrderView {
  return {
    id: row.id,
    externalId: row.externalId,
    status: ZOrderStatus.parse(row.status),
    document: row.documentWanted === "INVOICE" ? "invoice" : "receipt",
    totalGross: Number(row.totalGross),
    paidAmount: Number(row.paidAmount),
    paidAt: row.paidAt?.toISOString() ?? null,
    erp: {
      state: ERP_STATE[row.erpState],
      customerId: row.erpCustomerId,
      orderNumber: row.erpOrderNumber,
      saleDocument: row.erpSaleType && row.erpSaleNumber ? { type: row.erpSaleType, number: row.erpSaleNumber } : null,
      transferNumber: row.erpTransferNumber,
      // A hold's reason too: the channel can tell its customer why the order waits.
      error: WAITS_FOR_STAFF.includes(row.erpState) ? row.lastError : null,
      errorCode: WAITS_FOR_STAFF.includes(row.erpState) ? row.lastErrorCode : null,
    },
    lines: row.lines.map((line) => ({
      sku: line.sku,
      name: line.name,
      quantity: Number(line.quantity),
      unitGross: Number(line.unitGross),
    })),
    returns: row.returns.map((r) => ({
      id: r.id,
      kind: r.kind === "COMPLAINT" ? "COMPLAINT" : "RETURN",
      status: r.status,
      erpDocumentNumber: r.erpDocumentNumber,
    })),
    timeline: row.events.map((e) => ({
      at: e.at.toISOString(),
      type: e.type,
      message: e.message,
      code: e.code,
      params: problemParams(e.params),
      actor: e.actor,
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
