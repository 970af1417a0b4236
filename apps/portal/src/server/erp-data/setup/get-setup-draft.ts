import type { TActor } from "../../platform/auth/actor.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { getIntegration } from "../integrations/get-integration.ts";
import { readSettings } from "../../settings/integration-settings.ts";
import { DEFAULT_SAMPLES, SETUP_STEPS, ZSetupErp, ZSetupSamples, type TSetupStep } from "./setup-steps.ts";

/**
 * Where the company's setup stands: the draft in progress, or a new one from the saved
 * integration (the defaults for a company without one). A saved integration passed every step's
 * check, so with no draft in progress its steps count as checked and the wizard reopens after
 * them, at the channels. A draft started from an older version than the one saved since is set
 * aside: the wizard starts again from what is saved, step by step, and says so.
 */
export async function getSetupDraft(options: { actor: TActor; companyId: string; tx?: TTx }) {
  const integration = await getIntegration(options);
  const row = await (options.tx ?? getDb()).setupDraft.findUnique({ where: { companyId: options.companyId } });
  const fresh = {
    agentId: integration.agentId,
    erp: { erpType: integration.erpType, agentConnection: integration.agentConnection },
    settings: integration.settings,
    samples: DEFAULT_SAMPLES,
    checkedSteps: [] as TSetupStep[],
    baseVersion: integration.version,
    savedVersion: integration.version,
    updated: null,
    setAside: false,
  };
  if (!row) return { ...fresh, checkedSteps: integration.version > 0 ? [...SETUP_STEPS] : [] };
  if (row.baseVersion !== integration.version) return { ...fresh, setAside: true };
  return {
    agentId: row.agentId,
    // The ERP chosen in the agent step rides in the samples' JSON (see ZSetupErp).
    erp: ZSetupErp.parse((row.samples as { erp?: unknown } | null)?.erp ?? {}),
    settings: readSettings(row.settings),
    samples: ZSetupSamples.parse(row.samples),
    checkedSteps: SETUP_STEPS.filter((step) => row.checkedSteps.includes(step)),
    baseVersion: row.baseVersion,
    savedVersion: integration.version,
    updated: { by: row.updatedBy, at: row.updatedAt },
    setAside: false,
  };
}

export type TSetupDraft = Awaited<ReturnType<typeof getSetupDraft>>;
