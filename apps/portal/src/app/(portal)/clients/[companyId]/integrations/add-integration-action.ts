"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createIntegration } from "@/server/erp-data/integrations/create-integration.ts";
import { AppError, type TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { formErrorText } from "@/app/(portal)/_components/form-error-text.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";

export type TAddIntegrationResult =
  | { status: "created"; id: string }
  | { status: "invalid"; fieldErrors: TFieldErrors }
  | { status: "refused"; detail: string };

/** "Add integration" on the client's page (staff; the domain refuses anyone else). */
export async function addIntegrationAction(
  companyId: string,
  input: { name: string; erpType: string; agentId: string; agentConnection: string },
): Promise<TAddIntegrationResult> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  try {
    const created = await createIntegration({ actor, companyId, input });
    revalidatePath(`/clients/${companyId}`, "layout");
    return { status: "created", id: created.id };
  } catch (error) {
    if (!(error instanceof AppError) || error.code === "INTERNAL" || error.code === "NOT_FOUND") throw error;
    if (error.fieldErrors) return { status: "invalid", fieldErrors: error.fieldErrors };
    return { status: "refused", detail: await formErrorText(error) };
  }
}
