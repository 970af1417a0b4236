"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError } from "@/server/platform/errors/app-error.ts";
import { formErrorText } from "@/app/(portal)/_components/form-error-text.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { requestSync } from "@/server/erp-data/sync/request-sync.ts";

export type TSyncRequestResult =
  | { status: "started" }
  /** A run of this group was already queued or running; that one is shown. */
  | { status: "pending" }
  | { status: "refused"; detail: string };

export async function requestSyncAction(
  companyId: string,
  group: string,
  kind: "INCREMENTAL" | "FULL",
  /** One of the company's integrations; null: its first (the single-integration pages). */
  integrationId: string | null = null,
): Promise<TSyncRequestResult> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  try {
    const { started } = await requestSync({ actor, companyId, integrationId, input: { group, kind } });
    revalidatePath(`/clients/${companyId}`, "layout");
    return { status: started ? "started" : "pending" };
  } catch (error) {
    if (error instanceof AppError && ["CONFLICT", "UNAVAILABLE", "INVALID_INPUT"].includes(error.code)) {
      return { status: "refused", detail: await formErrorText(error) };
    }
    throw error;
  }
}
