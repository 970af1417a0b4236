"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { cancelAgentUpdate } from "@/server/admin/agent-updates/cancel-agent-update.ts";
import { startAgentUpdate } from "@/server/admin/agent-updates/start-agent-update.ts";
import { updateCompanyAgents } from "@/server/admin/agent-updates/update-company-agents.ts";
import { setUpdatePolicy } from "@/server/admin/agent-updates/update-policy.ts";
import { AppError, type TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { formErrorText, getFormProblemText } from "@/app/(portal)/_components/form-error-text.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { formText } from "@/server/platform/http/form-text.ts";

export type TUpdateActionState = {
  error?: string;
  fieldErrors?: TFieldErrors;
  done?: boolean;
  /** "Update all agents of this client": how many started, and why the others did not. */
  started?: number;
  skipped?: string[];
};

async function requireActor() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return actor;
}

/** Runs a staff action; its AppError comes back as the message to show, anything else is thrown. */
async function attempt(run: () => Promise<TUpdateActionState | void>): Promise<TUpdateActionState> {
  try {
    const outcome = await run();
    revalidatePath("/agents");
    return { done: true, ...outcome };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { error: error.fieldErrors ? undefined : await formErrorText(error), fieldErrors: error.fieldErrors };
  }
}

export async function startAgentUpdateAction(agentId: string): Promise<TUpdateActionState> {
  const actor = await requireActor();
  return attempt(() => startAgentUpdate({ actor, agentId }).then(() => undefined));
}

export async function cancelAgentUpdateAction(updateId: string): Promise<TUpdateActionState> {
  const actor = await requireActor();
  return attempt(() => cancelAgentUpdate({ actor, updateId }).then(() => undefined));
}

export async function updateCompanyAgentsAction(companyId: string): Promise<TUpdateActionState> {
  const actor = await requireActor();
  return attempt(async () => {
    const { started, skipped } = await updateCompanyAgents({ actor, companyId });
    const problemText = await getFormProblemText();
    return {
      started: started.length,
      skipped: skipped.map((s) => `${s.agentName}: ${s.problem ? problemText(s.problem) : s.reason}`),
    };
  });
}

export async function setUpdatePolicyAction(
  companyId: string,
  _state: TUpdateActionState,
  formData: FormData,
): Promise<TUpdateActionState> {
  const actor = await requireActor();
  const enabled = formText(formData, "enabled") === "on";
  const input = enabled ? { fromHour: formText(formData, "fromHour"), toHour: formText(formData, "toHour") } : null;
  return attempt(() => setUpdatePolicy({ actor, companyId, input }));
}
