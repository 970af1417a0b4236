import type { TActor } from "../../platform/auth/actor.ts";
import type { TTx } from "../../platform/database/db.ts";
import { DEFAULT_SETTINGS, readSettings } from "../../settings/integration-settings.ts";
import { findStaffIntegration } from "../integrations/find-staff-integration.ts";
import { findSetupTarget } from "./find-setup-target.ts";
import { DEFAULT_SAMPLES, SETUP_STEPS, ZSetupErp, ZSetupSamples, type TSetupStep } from "./setup-steps.ts";

/**
 * Where the setup of one integration stands (`integrationId`, see findSetupTarget: an existing one,
 * or null for a new one): the draft in progress for it, or a new one from the saved integration
 * (the defaults for a new integration). A saved integration passed every step's check, so with no
 * draft in progress its steps count as checked and the wizard reopens after them, at the channels.
 * A draft started from an older version of its integration than the one saved since is set aside:
 * the wizard starts again from what is saved, step by step, and says so. An integration set up
 * again keeps its ERP type whatever a draft says.
 */
export async function getSetupDraft(options: {
  actor: TActor;
  companyId: string;
  integrationId?: string | null;
  tx?: TTx;
}) {
  const { db, integration: target } = await findStaffIntegration({ ...options, find: findSetupTarget });
  const integration = target && { id: target.id, name: target.name, erpType: target.erpType };
  const version = target?.version ?? 0;
  const fresh = {
    integration,
    agentId: target?.agentId ?? null,
    erp: ZSetupErp.parse(target ? { erpType: target.erpType, agentConnection: target.agentConnection } : {}),
    settings: target ? readSettings(target.settings) : DEFAULT_SETTINGS,
    samples: DEFAULT_SAMPLES,
    checkedSteps: [] as TSetupStep[],
    baseVersion: version,
    savedVersion: version,
    updated: null,
    setAside: false,
  };
  const row = await db.setupDraft.findFirst({
    where: { companyId: options.companyId, integrationId: target?.id ?? null },
  });
  if (!row) return { ...fresh, checkedSteps: version > 0 ? [...SETUP_STEPS] : [] };
  if (row.baseVersion !== version) return { ...fresh, setAside: true };
  // The ERP chosen in the agent step rides in the samples' JSON (see ZSetupErp).
  const erp = ZSetupErp.parse((row.samples as { erp?: unknown } | null)?.erp ?? {});
  return {
    integration,
    agentId: row.agentId,
    erp: target ? ZSetupErp.parse({ erpType: target.erpType, agentConnection: erp.agentConnection }) : erp,
    settings: readSettings(row.settings),
    samples: ZSetupSamples.parse(row.samples),
    checkedSteps: SETUP_STEPS.filter((step) => row.checkedSteps.includes(step)),
    baseVersion: row.baseVersion,
    savedVersion: version,
    updated: { by: row.updatedBy, at: row.updatedAt },
    setAside: false,
  };
}

export type TSetupDraft = Awaited<ReturnType<typeof getSetupDraft>>;
