"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAgent } from "@/server/admin/agents/create-agent.ts";
import { issueEnrollmentCode } from "@/server/admin/agents/issue-enrollment-code.ts";
import { pingAgent, type TPingResult } from "@/server/admin/agents/ping-agent.ts";
import { revokeAgent } from "@/server/admin/agents/revoke-agent.ts";
import { AppError, type TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { formErrorText } from "@/app/(portal)/_components/form-error-text.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { formText } from "@/server/platform/http/form-text.ts";

/** A freshly issued code is shown once, straight from the action's answer; it is never stored in clear. */
export type TAgentFormState = {
  fieldErrors?: TFieldErrors;
  formError?: string;
  issued?: { agentName: string; code: string };
};

async function requireActor() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return actor;
}

async function toFormState(error: unknown): Promise<TAgentFormState> {
  if (error instanceof AppError)
    return { fieldErrors: error.fieldErrors, formError: error.fieldErrors ? undefined : await formErrorText(error) };
  throw error;
}

export async function createAgentAction(_state: TAgentFormState, formData: FormData): Promise<TAgentFormState> {
  const actor = await requireActor();
  const name = formText(formData, "name");
  try {
    const { agent, enrollmentCode } = await createAgent({
      actor,
      companyId: formText(formData, "companyId"),
      name,
    });
    revalidatePath("/agents");
    return { issued: { agentName: agent.name, code: enrollmentCode } };
  } catch (error) {
    return await toFormState(error);
  }
}

export async function issueCodeAction(agentId: string, agentName: string): Promise<TAgentFormState> {
  const actor = await requireActor();
  try {
    const { enrollmentCode } = await issueEnrollmentCode({ actor, agentId });
    return { issued: { agentName, code: enrollmentCode } };
  } catch (error) {
    return await toFormState(error);
  }
}

export async function revokeAgentAction(agentId: string): Promise<void> {
  const actor = await requireActor();
  await revokeAgent({ actor, agentId });
  revalidatePath("/agents");
}

export async function pingAgentAction(agentId: string): Promise<TPingResult> {
  return pingAgent({ actor: await requireActor(), agentId });
}
