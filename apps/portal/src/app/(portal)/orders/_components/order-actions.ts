"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError, type TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { formErrorText } from "@/app/(portal)/_components/form-error-text.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { changeOrderStatus } from "@/server/orders/change-order-status.ts";
import { dryRunOrder } from "@/server/orders/dry-run-order.ts";
import { releaseOrders } from "@/server/orders/release-orders.ts";
import { retryOrders } from "@/server/orders/retry-orders.ts";
import { staffCaller } from "@/server/orders/staff-caller.ts";
import { updateComplaintStatus } from "@/server/orders/update-complaint-status.ts";
import { formText } from "@/server/platform/http/form-text.ts";

/** `seq` changes with every answer, so the form re-mounts (and clears) after a move. */
export type TMoveState = { seq: number; fieldErrors?: TFieldErrors; formError?: string; saved?: boolean };

export type TActionProblem = { fieldErrors?: TFieldErrors; formError?: string };

export type TRetryResult = { retried: number } | TActionProblem;

export type TReleaseResult = { released: number } | TActionProblem;

export type TDryRunResult = Awaited<ReturnType<typeof dryRunOrder>> | TActionProblem;

async function requireCaller() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return staffCaller({ actor });
}

async function expected(error: unknown): Promise<TActionProblem> {
  if (!(error instanceof AppError) || error.code === "INTERNAL") throw error;
  return error.fieldErrors ? { fieldErrors: error.fieldErrors } : { formError: await formErrorText(error) };
}

function refreshOrders(): void {
  revalidatePath("/orders", "layout");
}

export async function changeOrderStatusAction(
  orderId: string,
  state: TMoveState,
  formData: FormData,
): Promise<TMoveState> {
  const caller = await requireCaller();
  const seq = state.seq + 1;
  const note = formText(formData, "note").trim();
  try {
    const input = { status: formText(formData, "status"), ...(note && { note }) };
    await changeOrderStatus({ caller, orderId, input });
    refreshOrders();
    return { seq, saved: true };
  } catch (error) {
    return { seq, ...(await expected(error)) };
  }
}

export async function retryOrdersAction(orderIds: string[]): Promise<TRetryResult> {
  const { actor, email } = await requireCaller();
  try {
    const { retried } = await retryOrders({ actor, email, input: { orderIds } });
    refreshOrders();
    return { retried };
  } catch (error) {
    return await expected(error);
  }
}

export async function releaseOrdersAction(orderIds: string[]): Promise<TReleaseResult> {
  const { actor, email } = await requireCaller();
  try {
    const { released } = await releaseOrders({ actor, email, input: { orderIds } });
    refreshOrders();
    return { released };
  } catch (error) {
    return await expected(error);
  }
}

export async function dryRunOrderAction(orderId: string): Promise<TDryRunResult> {
  const { actor } = await requireCaller();
  try {
    return await dryRunOrder({ actor, orderId });
  } catch (error) {
    return await expected(error);
  }
}

export async function complaintStatusAction(
  orderId: string,
  complaintId: string,
  status: string,
): Promise<TActionProblem | { saved: true }> {
  const caller = await requireCaller();
  try {
    await updateComplaintStatus({ caller, orderId, complaintId, input: { status } });
    refreshOrders();
    return { saved: true };
  } catch (error) {
    return await expected(error);
  }
}
