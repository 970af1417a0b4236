import { DEFAULT_CONNECTION, ZSferaCheck, type TSferaCheck } from "@erp-bridge/shared";
import { runLiveCommand } from "../../agent-link/run-live-command.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb } from "../../platform/database/db.ts";
import { invalidInput } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { agentNoAnswer, agentOffline } from "../integrations/require-online-agent.ts";

/** Subiekt's cold start takes up to ~90 s, and the check waits for the session to open. */
const SFERA_CHECK_TIMEOUT_MS = 120_000;

/**
 * Runs `agent sfera-check` on the company's agent, through its running Sfera session (nothing is
 * saved in Subiekt), and keeps the result per agent connection for the wizard and the
 * specification: a check of one Subiekt GT connection never hides another's.
 */
export async function checkSfera(options: {
  actor: TActor;
  companyId: string;
  agentId: string;
  /** The agent's ERP connection whose Sfera settings are checked (each Subiekt GT connection has its own). */
  connection?: string;
}): Promise<TSferaCheck> {
  requireStaff(options.actor);
  const connection = options.connection ?? DEFAULT_CONNECTION;
  const agent = await getDb().agent.findFirst({
    where: { id: options.agentId, companyId: options.companyId, revokedAt: null },
    select: { id: true, name: true, online: true },
  });
  if (!agent) throw invalidInput({ agentId: [fieldProblem("agentNotOurs")] });
  if (!agent.online) throw agentOffline(agent.name);
  const answer = await runLiveCommand({
    companyId: options.companyId,
    agentId: agent.id,
    connection,
    name: "erp.sfera.check",
    input: {},
    purpose: "sfera-check",
    timeoutMs: SFERA_CHECK_TIMEOUT_MS,
  });
  if (!answer.ok) {
    throw agentNoAnswer(`The agent did not answer: ${answer.problem}`, { name: agent.name, detail: answer.problem });
  }
  const check = ZSferaCheck.parse(answer.command.result);
  await getDb().agentSferaCheck.upsert({
    where: { agentId_connection: { agentId: agent.id, connection } },
    create: { agentId: agent.id, connection, result: check },
    update: { result: check },
  });
  return check;
}
