import { ZErpStatus } from "@erp-bridge/shared";
import { invalidInput } from "../../platform/errors/app-error.ts";
import { runLiveCommand } from "../../agent-link/run-live-command.ts";
import { getDb } from "../../platform/database/db.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { agentNoAnswer } from "../integrations/require-online-agent.ts";
import { agentConnections } from "../integrations/agent-connections.ts";
import { ERP_TYPE_KEY } from "../../settings/erp-type.ts";
import type { TSetupErp } from "./setup-steps.ts";

const ERP_STATUS_TIMEOUT_MS = 15_000;

/**
 * The agent is the company's, connected, serves the chosen connection with the chosen type of ERP
 * (as it reported, like "Add integration" checks), and reaches that ERP: every later check goes
 * through it.
 */
export async function checkAgentStep(options: { companyId: string; agentId: string; erp: TSetupErp }) {
  const agent = await getDb().agent.findFirst({
    where: { id: options.agentId, companyId: options.companyId, revokedAt: null },
  });
  if (!agent) throw invalidInput({ agentId: [fieldProblem("agentNotOurs")] });
  if (!agent.online) {
    throw invalidInput({ agentId: [fieldProblem("agentNotConnected", { name: agent.name })] });
  }
  // An agent that never reported its connections is asked below (its default one, Subiekt GT).
  const reported = agentConnections(agent);
  const connection = reported.find((c) => c.key === options.erp.agentConnection);
  if (reported.length > 0 && !connection) {
    throw invalidInput({ agentConnection: [fieldProblem("agentConnectionNotReported", { name: agent.name })] });
  }
  if (connection && connection.erpType !== ERP_TYPE_KEY[options.erp.erpType]) {
    throw invalidInput({ agentConnection: [fieldProblem("agentConnectionOtherErp", { code: connection.erpType })] });
  }
  const answer = await runLiveCommand({
    companyId: options.companyId,
    agentId: agent.id,
    connection: options.erp.agentConnection,
    name: "erp.status",
    input: {},
    purpose: "setup-erp-status",
    timeoutMs: ERP_STATUS_TIMEOUT_MS,
  });
  if (!answer.ok) {
    throw agentNoAnswer(`The agent did not answer: ${answer.problem}`, { name: agent.name, detail: answer.problem });
  }
  const erp = ZErpStatus.parse(answer.command.result);
  if (!erp.configured) {
    throw invalidInput({ agentId: [fieldProblem("agentNoErp")] });
  }
  if (!erp.reachable) throw invalidInput({ agentId: [fieldProblem("agentErpDown", { detail: erp.message })] });
  return { step: "agent" as const, agentName: agent.name, erp };
}
