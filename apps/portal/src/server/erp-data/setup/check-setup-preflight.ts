import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { invalidInput } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { requireEarlierSteps } from "./check-setup-step.ts";
import { getSetupDraft } from "./get-setup-draft.ts";
import { preflightWrites } from "./preflight-writes.ts";

/**
 * The wizard's last step: the write preflight of one integration's checked draft (`integrationId`,
 * see findSetupTarget) through the connection it chose, each verdict shown to staff before they
 * save. The save runs it again (finishSetup): what is shown here does not unlock it.
 */
export async function checkSetupPreflight(options: {
  actor: TActor;
  companyId: string;
  integrationId?: string | null;
}) {
  requireStaff(options.actor);
  const draft = await getSetupDraft(options);
  requireEarlierSteps(draft, "review");
  if (!draft.agentId) throw invalidInput({ agentId: [fieldProblem("chooseAgent")] });
  return preflightWrites({
    companyId: options.companyId,
    agentId: draft.agentId,
    connection: draft.erp.agentConnection,
    settings: draft.settings,
    samples: draft.samples,
  });
}
