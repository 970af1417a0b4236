import { ERP_ROW_SCHEMAS, type TErpResource } from "@erp-bridge/shared";
import { z } from "zod";
import { readResultPages } from "../../agent-link/read-result-pages.ts";
import { runLiveCommand } from "../../agent-link/run-live-command.ts";
import { getDb } from "../../platform/database/db.ts";
import { formProblem } from "../../platform/errors/form-problem.ts";
import { agentOffline, agentUnavailable } from "./require-online-agent.ts";

const LIVE_READ_TIMEOUT_MS = 15_000;

type TDictionary = "warehouses" | "priceLevels" | "vatRates" | "units";
type TRowOf<R extends TErpResource> = z.infer<(typeof ERP_ROW_SCHEMAS)[R]>;

/**
 * Reads a small ERP dictionary live through the company's agent (one page). An offline
 * agent, or one that does not answer in time, is an error the caller can show as it is:
 * mappings are never checked against a stale list.
 */
export async function readErpDictionary<R extends TDictionary>(options: {
  companyId: string;
  agentId: string;
  /** The agent's ERP connection (the integration's agentConnection); the default one when absent. */
  connection?: string;
  resource: R;
}): Promise<TRowOf<R>[]> {
  const agent = await getDb().agent.findFirst({
    where: { id: options.agentId, companyId: options.companyId, revokedAt: null },
    select: { online: true, name: true },
  });
  if (!agent) throw agentUnavailable("The agent is offline", formProblem("agentGone"));
  if (!agent.online) throw agentOffline(agent.name);
  const answer = await runLiveCommand({
    companyId: options.companyId,
    agentId: options.agentId,
    connection: options.connection,
    name: "erp.read",
    input: { resource: options.resource, cursor: null, pageSize: 2000, maxPages: 1 },
    purpose: `dictionary:${options.resource}`,
    timeoutMs: LIVE_READ_TIMEOUT_MS,
  });
  if (!answer.ok) {
    throw agentUnavailable(
      `The ERP could not be read: ${answer.problem}`,
      formProblem("erpUnreadable", { detail: answer.problem }),
    );
  }
  const { pages } = await readResultPages({ companyId: options.companyId, commandId: answer.command.id, limit: 1 });
  const schema = z.object({ rows: z.array(ERP_ROW_SCHEMAS[options.resource]) });
  return pages.flatMap((page) => schema.parse(page.data).rows);
}
