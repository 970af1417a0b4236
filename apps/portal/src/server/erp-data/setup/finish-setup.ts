import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { saveIntegration } from "../integrations/save-integration.ts";
import { createIntegration } from "../integrations/create-integration.ts";
import { DEFAULT_INTEGRATION_NAME } from "../../settings/erp-type.ts";
import { invalidInput } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { mergeStepSettings, requireEarlierSteps } from "./check-setup-step.ts";
import { getSetupDraft } from "./get-setup-draft.ts";
import { dropSetupDraft } from "./keep-setup-draft.ts";
import { preflightWrites, requirePreflightPassed } from "./preflight-writes.ts";

const ZFinishSetup = z.object({ settings: z.record(z.string(), z.unknown()) });

/**
 * Saves the checked draft of one integration's setup (`integrationId`, see findSetupTarget): an
 * integration set up again gets its next version, on the agent connection the wizard chose; a new
 * one is created on that connection with the name staff gave it. Either is checked against the ERP
 * once more, audited, its data groups scheduled (the first sync starts); then the draft is dropped.
 * A draft started before someone else's save of that integration is refused like any stale edit.
 * The write preflight runs first, here on the server whatever the page showed: a document the ERP
 * refuses, or an agent that cannot run it (offline), refuses the save; there is no override, as a
 * save with an agent already needs it online to check the settings against the ERP. A read-only
 * ERP (Optima) has no preflight: nothing is written to it.
 */
export async function finishSetup(options: {
  actor: TActor;
  companyId: string;
  integrationId?: string | null;
  input: unknown;
}) {
  requireStaff(options.actor);
  const input = parseInput({ schema: ZFinishSetup, input: options.input });
  const draft = await getSetupDraft(options);
  requireEarlierSteps(draft, "review");
  const settings = mergeStepSettings(draft.settings, "review", input.settings);
  const { agentId, erp } = draft;
  if (!agentId) throw invalidInput({ agentId: [fieldProblem("chooseAgent")] });
  const { actor, companyId } = options;
  if (draft.erp.erpType !== "OPTIMA") {
    const connection = erp.agentConnection;
    requirePreflightPassed(await preflightWrites({ companyId, agentId, connection, settings, samples: draft.samples }));
  }
  const saved = draft.integration
    ? await saveIntegration({
        actor,
        companyId,
        integrationId: draft.integration.id,
        input: { agentId, agentConnection: erp.agentConnection, settings, expectedVersion: draft.baseVersion },
      })
    : await createIntegration({
        actor,
        companyId,
        input: {
          name: erp.name ?? DEFAULT_INTEGRATION_NAME[erp.erpType],
          erpType: erp.erpType,
          agentId,
          agentConnection: erp.agentConnection,
        },
        settings,
      });
  // Not in the save's transaction: the save waits on the agent, and the embedded database has
  // one connection. A draft left behind is set aside next time (its base version is old).
  await dropSetupDraft({ companyId, integrationId: draft.integration?.id ?? null });
  return saved;
}
