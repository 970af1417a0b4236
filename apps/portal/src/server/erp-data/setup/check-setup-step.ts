import { z } from "zod";
import { AppError, invalidInput, type TFieldErrors } from "../../platform/errors/app-error.ts";
import { formProblem } from "../../platform/errors/form-problem.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb } from "../../platform/database/db.ts";
import { ZSavedSettings, type TIntegrationSettings } from "../../settings/integration-settings.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { checkAgentStep } from "./check-agent-step.ts";
import { checkIdentificationStep, checkWarehousesStep, checkWorkflowStep } from "./check-erp-steps.ts";
import { getSetupDraft, type TSetupDraft } from "./get-setup-draft.ts";
import {
  STEP_SETTINGS,
  ZSetupErp,
  ZSetupSamples,
  setupSteps,
  stepsBefore,
  type TSetupErp,
  type TSetupStep,
} from "./setup-steps.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { ZIntegrationName } from "../integrations/create-integration.ts";
import { DEFAULT_INTEGRATION_NAME } from "../../settings/erp-type.ts";
import { requireUnusedName } from "../integrations/require-unused-name.ts";
import { keepSetupDraft } from "./keep-setup-draft.ts";

const ZCheckStep = z.object({
  step: z.enum(["agent", "scope", "warehouses", "identification", "workflow"]),
  agentId: z.uuid().nullable(),
  /** The ERP type, the agent's connection and a new integration's name: chosen in the agent step, kept for the later ones. */
  erp: ZSetupErp.optional(),
  /** The whole form: only the step's own settings are taken from it. */
  settings: z.record(z.string(), z.unknown()),
  samples: z.unknown(),
});

/**
 * Checks one wizard step of one integration's setup (`integrationId`, see findSetupTarget) against
 * the live ERP through the chosen agent connection and, when it passes, keeps its values in that
 * integration's draft (checking a step again clears the steps after it). A failure says which
 * field is wrong and why; the draft keeps what earlier steps accepted.
 */
export async function checkSetupStep(options: {
  actor: TActor;
  companyId: string;
  integrationId?: string | null;
  input: unknown;
}) {
  requireStaff(options.actor);
  const input = parseInput({ schema: ZCheckStep, input: options.input });
  const draft = await getSetupDraft(options);
  const erp = input.step === "agent" ? await chosenErp(draft, input.erp, options.companyId) : draft.erp;
  requireEarlierSteps({ ...draft, erp }, input.step);
  const settings = mergeStepSettings(draft.settings, input.step, input.settings);
  const { samples } = parseInput({ schema: z.object({ samples: ZSetupSamples }), input: { samples: input.samples } });
  const agentId = input.step === "agent" ? input.agentId : draft.agentId;
  if (!agentId) throw invalidInput({ agentId: [fieldProblem("chooseAgent")] });
  const integrationId = draft.integration?.id ?? null;
  const check = {
    actor: options.actor,
    companyId: options.companyId,
    agentId,
    connection: erp.agentConnection,
    integrationId,
    erp,
    settings,
    samples,
  };
  const findings = await runCheck(input.step, check);
  // A check may complete the settings from the ERP (the warehouses' names).
  const checked = "settings" in findings ? findings.settings : settings;
  const user = await getDb().user.findUnique({ where: { id: options.actor.userId }, select: { email: true } });
  await keepSetupDraft({
    companyId: options.companyId,
    integrationId,
    values: {
      agentId,
      settings: checked,
      samples: { ...samples, erp },
      checkedSteps: [...stepsBefore(input.step, erp.erpType), input.step],
      baseVersion: draft.baseVersion,
      updatedBy: user?.email ?? "unknown",
    },
  });
  return findings;
}

/**
 * The ERP the agent step chose. An integration set up again keeps its type and name (its
 * connection may change: it is moved as the settings page moves it). A new one is named by staff
 * (unnamed, its ERP's name): a name the company's other integrations do not have.
 */
async function chosenErp(draft: TSetupDraft, chosen: TSetupErp | undefined, companyId: string): Promise<TSetupErp> {
  // Not sent: as the draft has it (the integration's own connection, or a new one's defaults).
  const erp = chosen ?? draft.erp;
  if (draft.integration) {
    return ZSetupErp.parse({ erpType: draft.integration.erpType, agentConnection: erp.agentConnection });
  }
  const named = { name: erp.name ?? DEFAULT_INTEGRATION_NAME[erp.erpType] };
  const { name } = parseInput({ schema: z.object({ name: ZIntegrationName }), input: named });
  await requireUnusedName({ db: getDb(), companyId, name });
  return { ...erp, name };
}

export type TStepFindings = Awaited<ReturnType<typeof checkSetupStep>>;

function runCheck(
  step: Exclude<TSetupStep, "review">,
  check: Parameters<typeof checkWarehousesStep>[0] & { erp: TSetupErp; integrationId: string | null },
) {
  switch (step) {
    case "agent":
      return checkAgentStep(check);
    case "scope":
      requireReadableScope(check);
      return Promise.resolve({ step: "scope" as const });
    case "warehouses":
      return checkWarehousesStep(check);
    case "identification":
      return checkIdentificationStep(check);
    case "workflow":
      return checkWorkflowStep(check);
  }
}

/**
 * A read-only ERP (Optima) takes nothing back: every data group it syncs flows ERP → portal. Said
 * per group, as the scope step's form names them.
 */
function requireReadableScope(check: { erp: TSetupErp; settings: TIntegrationSettings }): void {
  if (check.erp.erpType !== "OPTIMA") return;
  const errors: TFieldErrors = {};
  for (const [key, group] of Object.entries(check.settings.dataGroups)) {
    if (group.direction !== "erp_to_portal") {
      errors[`settings.dataGroups.${key}.direction`] = [fieldProblem("erpReadOnlyDirection")];
    }
  }
  if (Object.keys(errors).length > 0) throw invalidInput(errors);
}

export function requireEarlierSteps(draft: Pick<TSetupDraft, "checkedSteps" | "erp">, step: TSetupStep): void {
  if (!setupSteps(draft.erp.erpType).includes(step)) {
    throw invalidInput({ step: [fieldProblem("stepNotForErp")] });
  }
  const missing = stepsBefore(step, draft.erp.erpType).find((earlier) => !draft.checkedSteps.includes(earlier));
  if (missing) {
    throw new AppError({
      code: "CONFLICT",
      message: `setup step ${step} before ${missing}`,
      userMessage: `Finish the step "${missing}" first`,
      problem: formProblem("earlierStepFirst", { step: missing }),
    });
  }
}

/** The draft's settings with the step's own values from the form, validated as a whole. */
export function mergeStepSettings(
  draft: TIntegrationSettings,
  step: TSetupStep,
  form: Record<string, unknown>,
): TIntegrationSettings {
  const own = Object.fromEntries(STEP_SETTINGS[step].filter((key) => key in form).map((key) => [key, form[key]]));
  const schema = z.object({ settings: ZSavedSettings });
  return parseInput({ schema, input: { settings: { ...draft, ...own } } }).settings;
}
