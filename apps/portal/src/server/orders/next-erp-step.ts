import type { TIntegrationSettings } from "../settings/integration-settings.ts";
import { deliveryRule } from "./order-delivery.ts";

export type TErpStep = "create" | "cancel" | "sale" | "transfer" | `return:${string}`;

type TOrderState = {
  status: string;
  delivery: unknown;
  paidAt: Date | null;
  erpOrderId: number | null;
  erpOrderClosed: boolean;
  erpSaleId: number | null;
  erpTransferNumber: string | null;
  returns: { id: string; kind: string; erpDocumentNumber: string | null }[];
};

const AT_SHOWROOM = ["sent_to_showroom", "ready_for_pickup", "completed"];

/**
 * The next document the ERP should get for an order, derived from what the order already has:
 * the ZK first; then a cancellation, the transfer to the showroom, the sale document once paid
 * (not for showroom pickup: the showroom issues it when the buyer collects), returns. Null: the
 * ERP is up to date. Deriving it (rather than queueing steps) means no step can be lost or doubled.
 */
export function nextErpStep(order: TOrderState, settings: TIntegrationSettings): TErpStep | null {
  const cancelled = order.status === "cancelled";
  if (order.erpOrderId === null) return cancelled ? null : "create";
  if (cancelled) return order.erpOrderClosed || order.erpSaleId !== null ? null : "cancel";
  const pickup = deliveryRule(order.delivery, settings)?.kind === "showroom_pickup";
  if (
    pickup &&
    settings.clickAndCollect === "transfer" &&
    !order.erpTransferNumber &&
    AT_SHOWROOM.includes(order.status)
  ) {
    return "transfer";
  }
  if (!pickup && order.paidAt && order.erpSaleId === null) return "sale";
  const pendingReturn = order.returns.find((r) => r.kind === "RETURN" && r.erpDocumentNumber === null);
  if (pendingReturn && order.erpSaleId !== null) return `return:${pendingReturn.id}`;
  return null;
}

/**
 * Whether the step's document is the ERP operator's to issue rather than ours: the sale document
 * and a return's correction when the integration leaves them to Subiekt (saleDocuments "erp").
 * The order then waits for the documents sync to find the document and link it.
 */
export function issuedInErp(step: TErpStep, settings: TIntegrationSettings): boolean {
  return settings.saleDocuments === "erp" && (step === "sale" || step.startsWith("return:"));
}
