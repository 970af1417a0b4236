"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError, type TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { formErrorText } from "@/app/(portal)/_components/form-error-text.ts";
import { fieldProblem } from "@/server/platform/errors/field-problem.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { readErpLists, type TErpLists } from "@/server/erp-data/integrations/read-erp-lists.ts";
import { saveIntegrationChecked } from "@/server/erp-data/integrations/save-integration-checked.ts";

export type TSaveIntegrationResult =
  | { status: "saved"; version: number }
  | { status: "invalid"; fieldErrors: TFieldErrors }
  /** Someone saved meanwhile: the editor started from an older version. */
  | { status: "conflict" }
  /** The agent is offline or the ERP did not answer, so nothing could be checked against it. */
  | { status: "unavailable"; detail: string };

export type TLoadListsResult = { status: "loaded"; lists: TErpLists } | { status: "unavailable"; detail: string };

async function requireActor() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return actor;
}

async function unavailableDetail(error: AppError): Promise<string | null> {
  return error.code === "UNAVAILABLE" ? await formErrorText(error) : null;
}

export async function saveIntegrationAction(
  companyId: string,
  input: { agentId: string | null; agentConnection: string; settings: unknown; expectedVersion: number },
  /** One of the company's integrations; null: its first (or its first one, created). */
  integrationId: string | null = null,
): Promise<TSaveIntegrationResult> {
  const actor = await requireActor();
  try {
    const saved = await saveIntegrationChecked({ actor, companyId, integrationId, input });
    revalidatePath(`/clients/${companyId}`, "layout");
    return { status: "saved", version: saved.version };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const detail = await unavailableDetail(error);
    if (detail !== null) return { status: "unavailable", detail };
    if (error.code === "CONFLICT") return { status: "conflict" };
    if (error.code === "INVALID_INPUT")
      return { status: "invalid", fieldErrors: error.fieldErrors ?? { _: [fieldProblem("invalid")] } };
    throw error;
  }
}

export async function loadErpListsAction(
  companyId: string,
  agentId: string,
  /** The integration's connection of that agent. */
  connection?: string,
): Promise<TLoadListsResult> {
  const actor = await requireActor();
  try {
    return { status: "loaded", lists: await readErpLists({ actor, companyId, agentId, connection }) };
  } catch (error) {
    const detail = error instanceof AppError ? await unavailableDetail(error) : null;
    if (detail !== null) return { status: "unavailable", detail };
    throw error;
  }
}
