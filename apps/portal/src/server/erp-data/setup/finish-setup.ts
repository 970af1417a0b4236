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
