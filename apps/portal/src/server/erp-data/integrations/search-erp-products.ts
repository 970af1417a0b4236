import {
  ZConnectionKey,
  ZErpProductsSearchInput,
  ZErpProductsSearchResult,
  type TErpProductsSearchResult,
} from "@erp-bridge/shared";
import { z } from "zod";
import { runLiveCommand } from "../../agent-link/run-live-command.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { agentNoAnswer, requireOnlineAgent } from "./require-online-agent.ts";

const LIVE_READ_TIMEOUT_MS = 15_000;
const HITS = 10;

const ZSearchErpProducts = ZErpProductsSearchInput.omit({ limit: true }).extend({
  companyId: z.uuid(),
  agentId: z.uuid(),
  connection: ZConnectionKey.optional(),
});

/**
 * The client's sellable goods searched live in the ERP by part of a symbol, EAN or name, with
 * the stock available in the given warehouses (the store's); goods in stock there when the query
 * is empty, as suggestions. Staff pick sample products with it. Nothing is stored.
 */
export async function searchErpProducts(options: {
  actor: TActor;
  companyId: string;
  agentId: string;
  /** The agent's ERP connection searched (the integration's); the default one when absent. */
  connection?: string;
  query: string;
  warehouseIds: number[];
}): Promise<TErpProductsSearchResult> {
  requireStaff(options.actor);
  const { companyId, agentId, connection, query, warehouseIds } = parseInput({
    schema: ZSearchErpProducts,
    input: options,
  });
  const agent = await requireOnlineAgent({ companyId, agentId });
  const run = await runLiveCommand({
    companyId,
    agentId,
    connection,
    name: "erp.products.search",
    input: { query, warehouseIds, limit: HITS },
    purpose: "products-search",
    timeoutMs: LIVE_READ_TIMEOUT_MS,
  });
  if (!run.ok) {
    throw agentNoAnswer(`The agent ${agent.name} could not search the products: ${run.problem}`, {
      name: agent.name,
      detail: run.problem,
    });
  }
  return ZErpProductsSearchResult.parse(run.command.result);
}
