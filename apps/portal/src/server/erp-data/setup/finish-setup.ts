import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb } from "../../platform/database/db.ts";
import { saveIntegration } from "../integrations/save-integration.ts";
import { invalidInput } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { mergeStepSettings, requireEarlierSteps } from "./check-setup-step.ts";
import { getSetupDraft } from "./get-setup-draft.ts";
import { preflightWrites, requirePreflightPassed } from "./preflight-writes.ts";
import { createIntegration } from "../integrations/create-integration.ts";
import { DEFAULT_SETTINGS, type TIntegrationSettings } from "../../settings/integration-settings.ts";
import type { TSetupErp } from "./setup-steps.ts";

const ZFinishSetup = z.object({ settings: z.record(z.string(), z.unknown()) });

/**
 * Saves the checked draft as the integration's next version (checked against the ERP once
 * more, audited, data groups scheduled: the first sync starts), then drops the draft. A draft
 * started before someone else's save is refused like any stale edit. The write preflight runs
 * first, here on the server whatever the page showed: a document the ERP refuses, or an agent
 * that cannot run it (offline), refuses the save; there is no override, as a save with an agent
 * already needs it online to check the settings against the ERP.
 */
export async function finishSetup(options: { actor: TActor; companyId: string; input: unknown }) {
  requireStaff(options.actor);
  const input = parseInput({ schema: ZFinishSetup, input: options.input });
  const draft = await getSetupDraft(options);
  requireEarlierSteps(draft, "review");
  const settings = mergeStepSettings(draft.settings, "review", input.settings);
  if (!draft.agentId) throw invalidInput({ agentId: [fieldProblem("chooseAgent")] });
  if (draft.erp.erpType === "OPTIMA") {
    const saved = await saveReadOnlyIntegration({ ...options, agentId: draft.agentId, erp: draft.erp, settings });
    await getDb().setupDraft.deleteMany({ where: { companyId: options.companyId } });
    return saved;
  }
  const preflight = await preflightWrites({ ...options, agentId: draft.agentId, settings, samples: draft.samples });
  requirePreflightPassed(preflight);
  const saved = await saveIntegration({
    actor: options.actor,
    companyId: options.companyId,
    input: { agentId: draft.agentId, settings, expectedVersion: draft.baseVersion },
  });
  // Not in the save's transaction: the save waits on the agent, and the embedded database has
  // one connection. A draft left behind is set aside next time (its base version is old).
  await getDb().setupDraft.deleteMany({ where: { companyId: options.companyId } });
  return saved;
}

/**
 * A read-only ERP (Optima): no write preflight, as nothing is written to it. The integration on the
 * chosen connection is created ("Add integration"'s checks and read-only defaults) or, set up
 * again, updated; it keeps the default order settings and takes the checked data groups (all ERP
 * → portal, the scope step made sure) and alerts.
 */
async function saveReadOnlyIntegration(options: {
  actor: TActor;
  companyId: string;
  agentId: string;
  erp: TSetupErp;
  settings: TIntegrationSettings;
}) {
  const { actor, companyId, agentId } = options;
  const { agentConnection } = options.erp;
  const settings = { ...DEFAULT_SETTINGS, dataGroups: options.settings.dataGroups, alerts: options.settings.alerts };
  const existing =
    (await getDb().integration.findFirst({
      where: { companyId, agentId, agentConnection },
      select: { id: true, version: true },
    })) ??
    (await createIntegration({
      actor,
      companyId,
      input: { name: `Comarch ERP Optima (${agentConnection})`, erpType: "OPTIMA", agentId, agentConnection },
    }));
  return saveIntegration({
    actor,
    companyId,
    integrationId: existing.id,
    input: { agentId, agentConnection, settings, expectedVersion: existing.version },
  });
}
