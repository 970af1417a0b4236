import { ZErpStatus } from "@erp-bridge/shared";
import { AppError, invalidInput } from "../../platform/errors/app-error.ts";
import { runLiveCommand } from "../../agent-link/run-live-command.ts";
import { getDb } from "../../platform/database/db.ts";

const ERP_STATUS_TIMEOUT_MS = 15_000;

/** The agent is the company's, connected, and reaches its ERP: every later check goes through it. */
export async function checkAgentStep(options: { companyId: string; agentId: string }) {
  const agent = await getDb().agent.findFirst({
    where: { id: options.agentId, companyId: options.companyId, revokedAt: null },
  });
  if (!agent) throw invalidInput({ agentId: ["This agent does not belong to the company or was revoked"] });
  if (!agent.online) {
    throw invalidInput({
      agentId: [`The agent "${agent.name}" is not connected: install and start it on the ERP server`],
    });
  }
  const answer = await runLiveCommand({
    companyId: options.companyId,
    agentId: agent.id,
    name: "erp.status",
    input: {},
    purpose: "setup-erp-status",
    timeoutMs: ERP_STATUS_TIMEOUT_MS,
  });
  if (!answer.ok) throw new AppError({ code: "UNAVAILABLE", message: `The agent did not answer: ${answer.problem}` });
  const erp = ZErpStatus.parse(answer.command.result);
  if (!erp.configured) {
    throw invalidInput({ agentId: ["The agent has no ERP connection: set erpUrl in its configuration file"] });
  }
  if (!erp.reachable) throw invalidInput({ agentId: [`The agent cannot reach the ERP: ${erp.message}`] });
  return { step: "agent" as const, agentName: agent.name, erp };
}
