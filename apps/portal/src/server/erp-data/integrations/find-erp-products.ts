import {
  ZConnectionKey,
  ZErpProductsFindInput,
  ZErpProductsFindResult,
  type TErpProductsFindResult,
} from "@erp-bridge/shared";
import { z } from "zod";
import { runLiveCommand } from "../../agent-link/run-live-command.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { agentNoAnswer, requireOnlineAgent } from "./require-online-agent.ts";

const LIVE_READ_TIMEOUT_MS = 15_000;

const ZFindErpProducts = ZErpProductsFindInput.extend({
  companyId: z.uuid(),
  agentId: z.uuid(),
  connection: ZConnectionKey.optional(),
});

/**
 * Sample products looked up live in the client's ERP by SKU or EAN, with stock and prices, so
 * staff can check the identifier the integration will match goods on. Nothing is stored. An
 * agent that is offline, revoked or not the company's, or that does not answer in time, is an
 * error the caller can show as it is.
 */
export async function findErpProducts(options: {
  actor: TActor;
  companyId: string;
  agentId: string;
  /** The agent's ERP connection looked in (the integration's); the default one when absent. */
  connection?: string;
  by: "sku" | "ean";
  codes: string[];
}): Promise<TErpProductsFindResult> {
  requireStaff(options.actor);
  const { companyId, agentId, connection, by, codes } = parseInput({ schema: ZFindErpProducts, input: options });
  const agent = await requireOnlineAgent({ companyId, agentId });
  const run = await runLiveCommand({
    companyId,
    agentId,
    connection,
    name: "erp.products.find",
    input: { by, codes },
    purpose: "products-find",
    timeoutMs: LIVE_READ_TIMEOUT_MS,
  });
  if (!run.ok) {
    throw agentNoAnswer(`The agent ${agent.name} could not look the products up: ${run.problem}`, {
      name: agent.name,
      detail: run.problem,
    });
  }
  return ZErpProductsFindResult.parse(run.command.result);
}
