import { AppError } from "../../platform/errors/app-error.ts";
import { getDb } from "../../platform/database/db.ts";

/** The company's agent, when it can answer a live question now; otherwise an error to show as it is. */
export async function requireOnlineAgent(options: { companyId: string; agentId: string }): Promise<{ name: string }> {
  const agent = await getDb().agent.findFirst({
    where: { id: options.agentId, companyId: options.companyId, revokedAt: null },
    select: { online: true, name: true },
  });
  if (!agent) throw agentUnavailable("This client has no such agent, or it was revoked");
  if (!agent.online) throw agentUnavailable(`The agent ${agent.name} is offline`);
  return { name: agent.name };
}

export function agentUnavailable(message: string): AppError {
  return new AppError({ code: "UNAVAILABLE", message });
}
