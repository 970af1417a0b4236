import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import type { TIntegrationSettings } from "../../settings/integration-settings.ts";
import { preflightDocuments } from "../setup/preflight-documents.ts";
import { preflightWrites, requirePreflightPassed } from "../setup/preflight-writes.ts";
import { DEFAULT_SAMPLES } from "../setup/setup-steps.ts";
import { getIntegration } from "./get-integration.ts";
import { saveIntegration, ZSaveIntegration } from "./save-integration.ts";

/** What decides which documents the agent writes, where and how: the preflight's inputs. */
function writeShape(agentId: string | null, settings: TIntegrationSettings): string {
  return JSON.stringify({
    agentId,
    documents: preflightDocuments(settings),
    warehouses: settings.warehouses.map((w) => [w.erpId, w.role]),
    writers: settings.writers,
    productIdentifier: settings.productIdentifier,
  });
}

/**
 * The settings page's save. A change to what the integration writes or where (the agent, the
 * warehouses' roles, the sale-document policy, the writers, click-and-collect) runs the write
 * preflight first, as the wizard's save does, and a document the ERP refuses stops the save with
 * the ERP's words; other changes (schedules, alerts, mappings) save without it, and so does an
 * integration that writes nothing yet (no store warehouse). An offline agent refuses such a
 * change like any save that must check the ERP.
 */
export async function saveIntegrationChecked(options: {
  actor: TActor;
  companyId: string;
  integrationId?: string | null;
  input: unknown;
}) {
  requireStaff(options.actor);
  const input = parseInput({ schema: ZSaveIntegration, input: options.input });
  const before = await getIntegration(options);
  const changed =
    before.version === 0 || writeShape(before.agentId, before.settings) !== writeShape(input.agentId, input.settings);
  // Without a store warehouse no order is written (each waits with "noStore"): nothing to try.
  const writes = input.settings.warehouses.some((w) => w.role === "store");
  if (input.agentId && writes && changed) {
    const preflight = await preflightWrites({
      companyId: options.companyId,
      agentId: input.agentId,
      settings: input.settings,
      // No sample product outside the wizard: the agent picks goods in stock.
      samples: DEFAULT_SAMPLES,
    });
    requirePreflightPassed(preflight);
  }
  return saveIntegration(options);
}
