import { AppError } from "../../platform/errors/app-error.ts";
import { formProblem, type TFormProblem } from "../../platform/errors/form-problem.ts";
import { getDb } from "../../platform/database/db.ts";

/** The company's agent, when it can answer a live question now; otherwise an error to show as it is. */
export async function requireOnlineAgent(options: { companyId: string; agentId: string }): Promise<{ name: string }> {
  const agent = await getDb().agent.findFirst({
    where: { id: options.agentId, companyId: options.companyId, revokedAt: null },
    select: { online: true, name: true },
  });
  if (!agent) throw agentUnavailable("This client has no such agent, or it was revoked", formProblem("agentGone"));
  if (!agent.online) throw agentOffline(agent.name);
  return { name: agent.name };
}

/** UNAVAILABLE with English words (logs, the API) and the problem a page shows in its reader's language. */
export function agentUnavailable(message: string, problem: TFormProblem): AppError {
  return new AppError({ code: "UNAVAILABLE", message, problem });
}

export function agentOffline(name: string): AppError {
  return agentUnavailable(`The agent ${name} is offline`, formProblem("agentOffline", { name }));
}

/** A live command that failed or timed out: `detail` is the agent's own words. */
export function agentNoAnswer(message: string, options: { name: string; detail: string }): AppError {
  return agentUnavailable(message, formProblem("agentNoAnswer", options));
}
