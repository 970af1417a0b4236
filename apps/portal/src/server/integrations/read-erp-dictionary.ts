import { ERP_ROW_SCHEMAS, type TErpResource } from "@erp-bridge/shared";
import { z } from "zod";
import { AppError } from "../app-error.ts";
import { awaitCommand } from "../agent-commands/await-command.ts";
import { cancelCommand } from "../agent-commands/cancel-command.ts";
import { enqueueCommand } from "../agent-commands/enqueue-command.ts";
import { readResultPages } from "../agent-commands/read-result-pages.ts";
import { getDb } from "../db.ts";
import { uuidV7 } from "../uuid-v7.ts";

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
  resource: R;
}): Promise<TRowOf<R>[]> {
  const agent = await getDb().agent.findFirst({
    where: { id: options.agentId, companyId: options.companyId, revokedAt: null },
    select: { online: true, name: true },
  });
  if (!agent?.online) throw agentUnavailable(`The agent ${agent?.name ?? ""} is offline`.replace("  ", " "));
  const command = await enqueueCommand({
    companyId: options.companyId,
    agentId: options.agentId,
    name: "erp.read",
    input: { resource: options.resource, cursor: null, pageSize: 2000, maxPages: 1 },
    idempotencyKey: `dictionary:${options.resource}:${uuidV7()}`,
    timeoutMs: LIVE_READ_TIMEOUT_MS,
  });
  const finished = await awaitCommand({ commandId: command.id, timeoutMs: LIVE_READ_TIMEOUT_MS + 1_000 });
  if (finished.status !== "SUCCEEDED") {
    await cancelCommand({ companyId: options.companyId, commandId: command.id });
    throw agentUnavailable(`The ERP could not be read: ${finished.errorMessage ?? "no answer from the agent"}`);
  }
  const { pages } = await readResultPages({ companyId: options.companyId, commandId: command.id, limit: 1 });
  const schema = z.object({ rows: z.array(ERP_ROW_SCHEMAS[options.resource]) });
  return pages.flatMap((page) => schema.parse(page.data).rows) as TRowOf<R>[];
}

function agentUnavailable(message: string): AppError {
  return new AppError({ code: "UNAVAILABLE", message });
}
