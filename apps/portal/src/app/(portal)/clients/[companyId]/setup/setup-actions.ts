"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAgent } from "@/server/admin/agents/create-agent.ts";
import { AppError, type TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { formErrorWords, type TRefusalWords } from "@/app/(portal)/_components/form-error-text.ts";
import { fieldProblem } from "@/server/platform/errors/field-problem.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { checkSetupStep, type TStepFindings } from "@/server/erp-data/setup/check-setup-step.ts";
import { finishSetup } from "@/server/erp-data/setup/finish-setup.ts";
import { checkSetupPreflight } from "@/server/erp-data/setup/check-setup-preflight.ts";
import type { TWritesPreflight } from "@/server/erp-data/setup/preflight-writes.ts";
import { searchErpProducts } from "@/server/erp-data/integrations/search-erp-products.ts";
import type { TProductHit } from "@erp-bridge/shared";

/** What a step's check said: passed with what it found, or exactly what is wrong. */
export type TStepOutcome =
  | { status: "passed"; findings: TStepFindings }
  /** `integrationId`: the integration saved (a new one has it from now on). */
  | { status: "saved"; version: number; integrationId: string }
  | { status: "invalid"; fieldErrors: TFieldErrors }
  /** The agent is offline or did not answer; an earlier step must be finished first. */
  | ({ status: "blocked" } & TRefusalWords);

async function requireActor() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return actor;
}

async function toOutcome(error: unknown): Promise<TStepOutcome> {
  if (!(error instanceof AppError)) throw error;
  if (error.code === "INVALID_INPUT")
    return { status: "invalid", fieldErrors: error.fieldErrors ?? { _: [fieldProblem("invalid")] } };
  if (error.code === "UNAVAILABLE" || error.code === "CONFLICT")
    return { status: "blocked", ...(await formErrorWords(error)) };
  throw error;
}

/**
 * The wizard's actions each name the integration set up: its id, or null for a new one (the
 * domain refuses another company's as not found).
 */
export async function checkStepAction(
  companyId: string,
  integrationId: string | null,
  input: unknown,
): Promise<TStepOutcome> {
  const actor = await requireActor();
  try {
    return { status: "passed", findings: await checkSetupStep({ actor, companyId, integrationId, input }) };
  } catch (error) {
    return await toOutcome(error);
  }
}

export async function finishSetupAction(
  companyId: string,
  integrationId: string | null,
  input: unknown,
): Promise<TStepOutcome> {
  const actor = await requireActor();
  try {
    const saved = await finishSetup({ actor, companyId, integrationId, input });
    revalidatePath(`/clients/${companyId}`, "layout");
    return { status: "saved", version: saved.version, integrationId: saved.id };
  } catch (error) {
    return await toOutcome(error);
  }
}

export type TPreflightOutcome =
  | { status: "ran"; preflight: TWritesPreflight }
  | { status: "invalid"; fieldErrors: TFieldErrors }
  | ({ status: "blocked" } & TRefusalWords);

/** The write preflight of the checked draft, through the agent (offline: blocked, said as it is). */
export async function preflightAction(companyId: string, integrationId: string | null): Promise<TPreflightOutcome> {
  const actor = await requireActor();
  try {
    return { status: "ran", preflight: await checkSetupPreflight({ actor, companyId, integrationId }) };
  } catch (error) {
    const outcome = await toOutcome(error);
    if (outcome.status === "invalid" || outcome.status === "blocked") return outcome;
    throw error;
  }
}

export type TNewAgentOutcome =
  | { status: "created"; agentId: string; agentName: string; code: string }
  | { status: "invalid"; fieldErrors: TFieldErrors };

/** A new agent for this company; its one-time enrollment code is shown once, from this answer. */
export async function createSetupAgentAction(companyId: string, name: string): Promise<TNewAgentOutcome> {
  const actor = await requireActor();
  try {
    const { agent, enrollmentCode } = await createAgent({ actor, companyId, name });
    revalidatePath(`/clients/${companyId}`, "layout");
    return { status: "created", agentId: agent.id, agentName: agent.name, code: enrollmentCode };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT") {
      return { status: "invalid", fieldErrors: error.fieldErrors ?? { name: [fieldProblem("invalid")] } };
    }
    throw error;
  }
}

export type TSearchOutcome =
  | { status: "found"; query: string; products: TProductHit[] }
  | { status: "invalid"; fieldErrors: TFieldErrors }
  | ({ status: "blocked" } & TRefusalWords);

/** The ERP's goods searched live through the agent (goods in the store's stock for an empty query). */
export async function searchProductsAction(
  companyId: string,
  input: { agentId: string; connection: string; query: string; warehouseIds: number[] },
): Promise<TSearchOutcome> {
  const actor = await requireActor();
  try {
    const found = await searchErpProducts({ actor, companyId, ...input });
    return { status: "found", query: input.query.trim(), products: found.products };
  } catch (error) {
    const outcome = await toOutcome(error);
    if (outcome.status === "invalid" || outcome.status === "blocked") return outcome;
    throw error;
  }
}
