"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError, type TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { formErrorWords, type TRefusalWords } from "@/app/(portal)/_components/form-error-text.ts";
import { fieldProblem } from "@/server/platform/errors/field-problem.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { readErpLists, type TErpLists } from "@/server/erp-data/integrations/read-erp-lists.ts";
import { saveIntegration } from "@/server/erp-data/integrations/save-integration.ts";

export type TSaveIntegrationResult =
  /** `stillHeld`: orders the credit rule held before this save changed it, which stay held. */
  | { status: "saved"; version: number; stillHeld: number }
  | { status: "invalid"; fieldErrors: TFieldErrors }
  /** Someone saved meanwhile: the editor started from an older version. */
  | { status: "conflict" }
  /** The agent is offline or the ERP did not answer, so nothing could be checked against it. */
  | ({ status: "unavailable" } & TRefusalWords);

export type TLoadListsResult = { status: "loaded"; lists: TErpLists } | ({ status: "unavailable" } & TRefusalWords);

async function requireActor() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return actor;
}

async function unavailableWords(error: AppError): Promise<TRefusalWords | null> {
  return error.code === "UNAVAILABLE" ? await formErrorWords(error) : null;
}

export async function saveIntegrationAction(
  companyId: string,
  input: { agentId: string | null; agentConnection: string; settings: unknown; expectedVersion: number },
  /** One of the company's integrations; null: its first (or its first one, created). */
  integrationId: string | null = null,
): Promise<TSaveIntegrationResult> {
  const actor = await requireActor();
  try {
    const saved = await saveIntegration({ actor, companyId, integrationId, input, preflightChangedWrites: true });
    revalidatePath(`/clients/${companyId}`, "layout");
    return { status: "saved", version: saved.version, stillHeld: saved.stillHeld };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const words = await unavailableWords(error);
    if (words !== null) return { status: "unavailable", ...words };
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
    const words = error instanceof AppError ? await unavailableWords(error) : null;
    if (words !== null) return { status: "unavailable", ...words };
    throw error;
  }
}
