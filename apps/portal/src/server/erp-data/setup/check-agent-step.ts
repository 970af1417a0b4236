import { ZErpStatus } from "@erp-bridge/shared";
import { invalidInput } from "../../platform/errors/app-error.ts";
import { runLiveCommand } from "../../agent-link/run-live-command.ts";
import { getDb } from "../../platform/database/db.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { agentNoAnswer } from "../integrations/require-online-agent.ts";
import { requireAgentConnection } from "../integrations/require-agent-connection.ts";
import type { TSetupErp } from "./setup-steps.ts";

const ERP_STATUS_TIMEOUT_MS = 15_000;

/**
 * The agent is the company's, connected, serves the chosen connection with the chosen type of ERP
 * (as it reported, like "Add integration" checks), no other integration uses that connection, and
 * it reaches that ERP: every later check goes through it. `integrationId`: the integration set up
 * again, which keeps its own connection; null for a new one.
 */
export async function checkAgentStep(options: {
  companyId: string;
  agentId: string;
  erp: TSetupErp;
  integrationId: string | null;
}) {
  const agent = await getDb().agent.findFirst({
    where: { id: options.agentId, companyId: options.companyId, revokedAt: null },
  });
  if (!agent) throw invalidInput({ agentId: [fieldProblem("agentNotOurs")] });
  if (!agent.online) {
    throw invalidInput({ agentId: [fieldProblem("agentNotConnected", { name: agent.name })] });
  }
  await requireAgentConnection({
    db: getDb(),
    companyId: options.companyId,
    agentId: agent.id,
    agentConnection: options.erp.agentConnection,
    erpType: options.erp.erpType,
    integrationId: options.integrationId,
  });
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
