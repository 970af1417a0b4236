import { z } from "zod";
import { ZOrderBuyer, ZOrderStatus } from "@erp-bridge/shared";
import { notFound } from "../platform/errors/app-error.ts";
import type { TActor } from "../platform/auth/actor.ts";
import { requireStaff } from "../platform/auth/company-scope.ts";
import { getDb } from "../platform/database/db.ts";
import { complaintNext } from "./complaint-workflow.ts";
import { ZOrderDelivery } from "./order-delivery.ts";
import { ORDER_INCLUDE, toOrderView } from "./order-view.ts";
import { storedProblem } from "./order-problem.ts";
import { allowedNext } from "./order-workflow.ts";

const ZReturnLines = z.array(z.object({ sku: z.string(), quantity: z.number() }));

/**
 * One order as staff see it: the channel's view (ERP numbers, timeline) plus what only staff
 * read: whose order it is, the buyer, delivery and payment, payments, VAT rates, what a return or
 * complaint says, the ERP step's last error even while it is being retried, and the moves allowed.
 */
export async function getStaffOrder(options: { actor: TActor; orderId: string }) {
  requireStaff(options.actor);
  if (!z.uuid().safeParse(options.orderId).success) throw notFound("order");
  const row = await getDb().order.findUnique({
    where: { id: options.orderId },
    include: {
      ...ORDER_INCLUDE,
      payments: { orderBy: { paidAt: "asc" } },
      company: { select: { id: true, name: true } },
      channel: { select: { id: true, name: true } },
    },
  });
  if (!row) throw notFound("order");
  const view = toOrderView(row);
  return {
    view,
    company: row.company,
    /** Whose ERP the order goes to (null: its channel had no integration at intake). */
    integrationId: row.integrationId,
    channel: row.channel,
    buyer: ZOrderBuyer.parse(row.buyer),
    deliveryMethod: ZOrderDelivery.parse(row.delivery).method,
    paymentMethod: row.paymentMethod,
    notes: row.notes,
    currency: row.currency,
    lines: row.lines.map((line) => ({
      lineNo: line.lineNo,
      sku: line.sku,
      name: line.name,
      quantity: Number(line.quantity),
      unitGross: Number(line.unitGross),
      vatRate: Number(line.vatRate),
    })),
    payments: row.payments.map((p) => ({
      id: p.id,
      amount: Number(p.amount),
      method: p.method,
      paidAt: p.paidAt,
      reference: p.reference,
    })),
    returns: row.returns.map((r) => ({
      id: r.id,
      kind: r.kind === "COMPLAINT" ? ("COMPLAINT" as const) : ("RETURN" as const),
      status: r.status,
      reason: r.reason,
      lines: ZReturnLines.catch([]).parse(r.lines),
      erpDocumentNumber: r.erpDocumentNumber,
      createdAt: r.createdAt,
      next: r.kind === "COMPLAINT" ? complaintNext(r.status) : [],
    })),
    erp: {
      customerSymbol: row.erpCustomerSymbol,
      step: row.erpStep,
      lastError:
        row.lastError === null
          ? null
          : storedProblem({ code: row.lastErrorCode, params: row.lastErrorParams, text: row.lastError }),
      lastErrorAt: row.lastErrorAt,
      nextAttemptAt: row.nextAttemptAt,
      /** Staff released it from a credit hold: by whom (e-mail), when. */
      holdReleased: row.holdReleasedAt && { at: row.holdReleasedAt, by: row.holdReleasedBy ?? "" },
    },
    nextStatuses: allowedNext(ZOrderStatus.parse(row.status)),
  };
}

export type TStaffOrder = Awaited<ReturnType<typeof getStaffOrder>>;
