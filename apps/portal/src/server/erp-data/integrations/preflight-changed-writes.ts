import type { TIntegrationSettings } from "../../settings/integration-settings.ts";
import { preflightDocuments } from "../setup/preflight-documents.ts";
import { preflightWrites, requirePreflightPassed } from "../setup/preflight-writes.ts";
import { DEFAULT_SAMPLES } from "../setup/setup-steps.ts";

type TWriteSide = { agentId: string | null; agentConnection: string; settings: TIntegrationSettings };

/** What decides which documents the agent writes, where and how: the preflight's inputs. */
function writeShape({ agentId, agentConnection, settings }: TWriteSide): string {
  return JSON.stringify({
    agentId,
    agentConnection,
    documents: preflightDocuments(settings),
    warehouses: settings.warehouses.map((w) => [w.erpId, w.role]),
    writers: settings.writers,
    productIdentifier: settings.productIdentifier,
  });
}

/**
 * The settings page's check before a save: a change to what the integration writes or where (the
 * agent or its connection, the warehouses' roles, the sale-document policy, the writers, click-and-collect) runs the
 * write preflight, as the wizard's save does, and a document the ERP refuses stops the save with
 * the ERP's words; other changes (schedules, alerts, mappings) pass without it, and so does an
 * integration that writes nothing yet (no store warehouse). An offline agent refuses such a
 * change like any save that must check the ERP.
 */
export async function preflightChangedWrites(options: {
  companyId: string;
  /** The integration as stored (version 0: not saved yet). */
  before: TWriteSide & { version: number };
  after: TWriteSide;
}): Promise<void> {
  const { before, after } = options;
  const changed = before.version === 0 || writeShape(before) !== writeShape(after);
  // Without a store warehouse no order is written (each waits with "noStore"): nothing to try.
  const writes = after.settings.warehouses.some((w) => w.role === "store");
  if (!after.agentId || !writes || !changed) return;
  const preflight = await preflightWrites({
    companyId: options.companyId,
    agentId: after.agentId,
    connection: after.agentConnection,
    settings: after.settings,
    // No sample product outside the wizard: the agent picks goods in stock.
    samples: DEFAULT_SAMPLES,
  });
  requirePreflightPassed(preflight);
}
