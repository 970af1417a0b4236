import type { DataGroup } from "../../../apps/portal/src/generated/prisma/client.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import {
  DEFAULT_SETTINGS,
  type TIntegrationSettings,
} from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { saveIntegration } from "../../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";
import { eventually } from "../../support/eventually.ts";

/** Saves an integration for the agent's company with the defaults plus `settings`. */
export async function configureIntegration(options: {
  companyId: string;
  agentId: string;
  settings?: Partial<TIntegrationSettings>;
}) {
  const current = await getDb().integration.findFirst({ where: { companyId: options.companyId } });
  return saveIntegration({
    actor: STAFF_ACTOR,
    companyId: options.companyId,
    input: {
      agentId: options.agentId,
      // Tests run on the sandbox, where our writer issues the sale documents unless a test says otherwise.
      settings: { ...DEFAULT_SETTINGS, saleDocuments: "writer", ...options.settings },
      expectedVersion: current?.version ?? 0,
    },
  });
}

/** Waits for a run of the group that finished after `since`, and returns it. */
export async function finishedRun(options: { companyId: string; group: DataGroup; since?: Date; timeoutMs?: number }) {
  return eventually(
    async () => {
      const run = await getDb().syncRun.findFirst({
        where: {
          companyId: options.companyId,
          group: options.group,
          status: { in: ["SUCCEEDED", "FAILED"] },
          ...(options.since && { createdAt: { gt: options.since } }),
        },
        orderBy: { createdAt: "desc" },
      });
      return run ?? undefined;
    },
    { what: `a finished ${options.group} run`, timeoutMs: options.timeoutMs ?? 60_000 },
  );
}
