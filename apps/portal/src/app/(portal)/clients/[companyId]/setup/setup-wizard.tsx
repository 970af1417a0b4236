"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import type { TErpLists } from "@/server/erp-data/integrations/read-erp-lists.ts";
import type { TStepFindings } from "@/server/erp-data/setup/check-setup-step.ts";
import type { TSetupDraft } from "@/server/erp-data/setup/get-setup-draft.ts";
import {
  SETUP_STEPS,
  STEP_SETTINGS,
  setupSteps,
  type TSetupErp,
  type TSetupStep,
} from "@/server/erp-data/setup/setup-steps.ts";
import { problemsDetail, useFieldErrorText } from "../field-error.tsx";
import { AlertsFieldset } from "../integration/alerts-fieldset.tsx";
import { DataGroupsFieldset } from "../integration/data-groups-fieldset.tsx";
import { ErpListsLoader } from "../integration/erp-lists-loader.tsx";
import { MappingFieldsets } from "../integration/mapping-fieldsets.tsx";
import { fromSettingsForm, toSettingsForm, type TSettingsForm } from "../integration/settings-form.ts";
import { SettingsChoices } from "../integration/settings-choices.tsx";
import { WarehouseRoles } from "../integration/warehouse-roles.tsx";
import { DocumentWriters } from "../integration/document-writers.tsx";
import { SaleDocuments } from "../integration/sale-documents.tsx";
import { SferaCheckPanel } from "./sfera-check-panel.tsx";
import { AgentStep, type TSetupAgent } from "./agent-step.tsx";
import { ProductSearch } from "./product-search.tsx";
import { ReviewSummary } from "./review-summary.tsx";
import { SampleOrder } from "./sample-order.tsx";
import { fromSamplesForm, toSamplesForm } from "./samples-form.ts";
import { checkStepAction, finishSetupAction, type TStepOutcome } from "./setup-actions.ts";
import { SetupStepper } from "./setup-stepper.tsx";
import { SetupDone } from "./setup-done.tsx";
import { StepFindings } from "./step-findings.tsx";
import { useMappingSuggestions } from "./use-mapping-suggestions.ts";
import { useSetupErp } from "./use-setup-erp.ts";
import { WritesPreflight } from "./writes-preflight.tsx";
import styles from "./setup.module.css";
import { RefusalAlert } from "@/app/(portal)/_components/refusal-alert.tsx";
import { TechnicalDetail } from "@/app/(portal)/_components/technical-detail.tsx";

type TWizardStep = TSetupStep | "channels" | "done";
/** The chosen ERP type's steps, then after the save: the channels with their keys, then what to watch. */
const wizardSteps = (erp: TSetupErp): TWizardStep[] => [...setupSteps(erp.erpType), "channels", "done"];

const NO_ERRORS: TFieldErrors = {};
/** As many sample codes as the identification check takes. */
const MAX_SAMPLE_CODES = 5;
/** Errors with no input of their own, said in the step's summary. */
const GENERAL_FIELDS = [
  "_",
  "agentId",
  "agentConnection",
  "name",
  "step",
  "erp.agentConnection",
  "settings.warehouses",
  "samples.codes",
  "samples.order",
  "preflight",
];

/**
 * The guided setup of one of a client's integrations, an existing one or a new one. Each step is
 * checked on the server against the live ERP; a passed step is kept in that integration's draft,
 * so the work survives a reload or a colleague taking over. The review step saves the draft as
 * the integration's next version (a new one is created); from then on the wizard, and its address,
 * name the saved integration.
 */
export function SetupWizard(props: {
  companyId: string;
  portalUrl: string;
  demo: boolean;
  agents: TSetupAgent[];
  draft: TSetupDraft;
  /** The names of the company's integrations (a new one is offered a name none has). */
  takenNames: string[];
  channels: ReactNode;
}) {
  const t = useTranslations("setup");
  const router = useRouter();
  const { draft } = props;
  const [integrationId, setIntegrationId] = useState(draft.integration?.id ?? null);
  // The company's only agent is the one to use.
  const [agentId, setAgentId] = useState(
    draft.agentId ?? (props.agents.length === 1 ? (props.agents[0]?.id ?? "") : ""),
  );
  const { erp, chooseAgent, chooseErp } = useSetupErp({ ...props, agentId });
  const wizard = wizardSteps(erp);
  const erpSteps = setupSteps(erp.erpType);
  const [checked, setChecked] = useState<readonly TWizardStep[]>(draft.checkedSteps);
  // The first step left to check; a saved integration reopens at its channels, the next useful step.
  const [step, setStep] = useState<TWizardStep>(
    () => setupSteps(draft.erp.erpType).find((s) => !draft.checkedSteps.includes(s)) ?? "channels",
  );
  const [form, setForm] = useState(() => toSettingsForm(draft.settings));
  const [samples, setSamples] = useState(() => toSamplesForm(draft.samples));
  const [lists, setLists] = useState<TErpLists | null>(null);
  const [findings, setFindings] = useState<Partial<Record<TSetupStep, TStepFindings>>>({});
  const [outcome, setOutcome] = useState<TStepOutcome | null>(null);
  const [checking, startChecking] = useTransition();
  const errors = outcome?.status === "invalid" ? outcome.fieldErrors : NO_ERRORS;
  const errorText = useFieldErrorText();
  // A change to a checked step's values takes its check back (and the later steps'): what the
  // draft holds is only ever what was checked, so nothing edited is silently left behind.
  const uncheckFrom = (owner: TSetupStep) =>
    setChecked((current) => current.filter((s) => wizard.indexOf(s) < wizard.indexOf(owner)));
  const setFormValue = <K extends keyof TSettingsForm>(key: K, value: TSettingsForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const update = <K extends keyof TSettingsForm>(key: K, value: TSettingsForm[K]) => {
    setFormValue(key, value);
    const owner = SETUP_STEPS.find((s) => STEP_SETTINGS[s].some((owned) => owned === key));
    if (owner) uncheckFrom(owner);
  };
  const agent = props.agents.find((a) => a.id === agentId);
  const index = wizard.indexOf(step);
  const next = wizard[index + 1];
  const passed = checked.includes(step);

  const open = (target: TWizardStep) => {
    setOutcome(null);
    setStep(target);
  };
  const check = () =>
    startChecking(async () => {
      const settings = fromSettingsForm(form);
      if (step === "review") {
        const result = await finishSetupAction(props.companyId, integrationId, { settings });
        setOutcome(result);
        if (result.status === "saved") {
          setChecked([...erpSteps]);
          setStep("channels");
          // A new integration exists now: the wizard, and a reload of its address, go on with it.
          if (!integrationId) router.replace(`/clients/${props.companyId}/setup?integration=${result.integrationId}`);
          setIntegrationId(result.integrationId);
        }
        return;
      }
      if (step === "channels" || step === "done") return;
      const input = { step, agentId: agentId || null, erp, settings, samples: fromSamplesForm(samples) };
      const result = await checkStepAction(props.companyId, integrationId, input);
      setOutcome(result);
      if (result.status !== "passed") return;
      setFindings((current) => ({ ...current, [step]: result.findings }));
      // The warehouses come back with the ERP's names, for the steps that show them.
      if ("settings" in result.findings) setFormValue("warehouses", result.findings.settings.warehouses);
      setChecked([...erpSteps.slice(0, erpSteps.indexOf(step) + 1)]);
    });

  const codes = fromSamplesForm(samples).codes;
  const suggested = useMappingSuggestions({ step, lists, form, setForm, samples, setSamples, codes, agent });
  const storeIds = form.warehouses.filter((w) => w.role === "store").map((w) => w.erpId);
  const search = (options: { suggest: boolean; picked: readonly string[]; onPick: (code: string) => void }) => (
    <ProductSearch
      companyId={props.companyId}
      agentId={agentId}
      connection={erp.agentConnection}
      warehouseIds={storeIds}
      identifier={form.productIdentifier}
      {...options}
    />
  );
  const panels: Record<TWizardStep, () => ReactNode> = {
    agent: () => (
      <AgentStep
        companyId={props.companyId}
        portalUrl={props.portalUrl}
        demo={props.demo}
        agents={props.agents}
        agentId={agentId}
        errors={errors}
        erp={erp}
        integration={draft.integration}
        onChoose={(id) => {
          setAgentId(id);
          chooseAgent(id);
          uncheckFrom("agent");
          setLists(null);
        }}
        onChooseErp={(chosen) => {
          chooseErp(chosen, agentId);
          // Nothing flows back to a read-only ERP: every group starts ERP → portal (the scope check insists).
          if (chosen.erpType !== erp.erpType && chosen.erpType === "OPTIMA") {
            setFormValue("dataGroups", readOnlyGroups(form.dataGroups));
          }
          if (chosen.agentConnection !== erp.agentConnection) setLists(null);
          uncheckFrom("agent");
        }}
      />
    ),
    scope: () => (
      <DataGroupsFieldset groups={form.dataGroups} errors={errors} onChange={(g) => update("dataGroups", g)} />
    ),
    warehouses: () => (
      <>
        <ErpListsLoader
          companyId={props.companyId}
          agentId={agentId}
          connection={erp.agentConnection}
          lists={lists}
          onLoaded={setLists}
        />
        <WarehouseRoles
          warehouses={form.warehouses}
          lists={lists}
          errors={errors}
          onChange={(w) => update("warehouses", w)}
        />
      </>
    ),
    identification: () => (
      <>
        <SettingsChoices form={form} errors={errors} onChange={update} only={["productIdentifier"]} />
        <fieldset className="panel">
          <legend>{t("codes.legend")}</legend>
          <label>
            {t("codes.label", { identifier: form.productIdentifier.toUpperCase() })}
            <textarea
              className={styles.codes}
              value={samples.codes}
              onChange={(e) => {
                setSamples({ ...samples, codes: e.target.value });
                uncheckFrom("identification");
              }}
              aria-invalid={errors["samples.codes"] ? true : undefined}
            />
          </label>
          <p className="muted">{t("codes.hint")}</p>
        </fieldset>
        {search({
          suggest: codes.length === 0,
          picked: codes,
          onPick: (code) => {
            setSamples({ ...samples, codes: [...codes, code].slice(-MAX_SAMPLE_CODES).join("\n") });
            uncheckFrom("identification");
          },
        })}
      </>
    ),
    workflow: () => (
      <>
        <ErpListsLoader
          companyId={props.companyId}
          agentId={agentId}
          connection={erp.agentConnection}
          lists={lists}
          onLoaded={setLists}
          autoLoad
        />
        {suggested && (
          <p className="notice" data-testid="mapping-suggestions">
            {t("suggested")} {props.demo && t("suggestedDemo")}
          </p>
        )}
        <SettingsChoices
          form={form}
          errors={errors}
          onChange={update}
          only={["clickAndCollect", "saleDocumentWithoutNip"]}
        />
        <DocumentWriters writers={form.writers} errors={errors} onChange={(w) => update("writers", w)} />
        {Object.values(form.writers).includes("sfera") && (
          <SferaCheckPanel
            // A panel per agent connection: another's result never shows under this one.
            key={`${agentId}:${erp.agentConnection}`}
            companyId={props.companyId}
            agentId={agentId}
            connection={erp.agentConnection}
            last={agent?.sferaChecks[erp.agentConnection] ?? null}
          />
        )}
        <SaleDocuments
          choice={form}
          writers={form.writers}
          erpServer={agent?.erpServer ?? null}
          errors={errors}
          onChange={(choice) => {
            update("saleDocuments", choice.saleDocuments);
            update("sqlSalesChosen", choice.sqlSalesChosen);
          }}
        />
        <MappingFieldsets form={form} lists={lists} errors={errors} onChange={update} />
        <SampleOrder
          order={samples.order}
          codes={codes}
          form={form}
          errors={errors}
          onChange={(order) => {
            setSamples({ ...samples, order });
            uncheckFrom("workflow");
          }}
        />
        {search({
          suggest: false,
          picked: [samples.order.code],
          onPick: (code) => {
            setSamples({ ...samples, order: { ...samples.order, code } });
            uncheckFrom("workflow");
          },
        })}
      </>
    ),
    review: () => (
      <>
        <p>{t("review.intro")}</p>
        <ReviewSummary form={form} agentName={props.agents.find((a) => a.id === agentId)?.name ?? "—"} />
        <AlertsFieldset alerts={form.alerts} errors={errors} onChange={(a) => update("alerts", a)} />
        {/* Nothing is written to a read-only ERP: no preflight to run. */}
        {erp.erpType !== "OPTIMA" && (
          <WritesPreflight companyId={props.companyId} integrationId={integrationId} warehouses={form.warehouses} />
        )}
      </>
    ),
    channels: () => props.channels,
    done: () => <SetupDone companyId={props.companyId} integrationId={integrationId} />,
  };

  const stepFindings = step in findings ? findings[step as TSetupStep] : undefined;
  const generalProblems = GENERAL_FIELDS.flatMap((field) => errors[field] ?? []);
  const general = generalProblems.map(errorText);
  // The agent's own words on its field are folded beside the agent step's choice (FieldError).
  const generalDetail = problemsDetail(GENERAL_FIELDS.filter((f) => f !== "agentId").flatMap((f) => errors[f] ?? []));
  return (
    <div>
      <SetupStepper
        steps={wizard}
        label={(s) => t(`steps.${s}`)}
        current={step}
        done={(s) => checked.includes(s)}
        reachable={(s) => {
          const position = wizard.indexOf(s);
          const previous = wizard[position - 1];
          return !previous || checked.includes(previous) || (s === "done" && checked.includes("review"));
        }}
        onOpen={open}
      />
      <section aria-labelledby="setup-step-title">
        <h3 id="setup-step-title">{t(`steps.${step}`)}</h3>
        <p className="muted">{t(`hints.${step}`)}</p>
        {panels[step]()}
        {stepFindings && passed && <StepFindings findings={stepFindings} warehouses={form.warehouses} />}
        {outcome?.status === "invalid" && (
          <div role="alert" className="form-error">
            <p>{t("invalid")}</p>
            {general.map((message) => (
              <p key={message}>{message}</p>
            ))}
            <TechnicalDetail detail={generalDetail} />
          </div>
        )}
        {outcome?.status === "blocked" && (
          <RefusalAlert text={t("blocked", { reason: outcome.reason })} technical={outcome.technical} />
        )}
        {outcome?.status === "saved" && (
          <p role="status" className="notice">
            {t("saved", { version: outcome.version })}
          </p>
        )}
        <div className={styles.footer}>
          {index > 0 && step !== "channels" && (
            <button type="button" className="secondary" onClick={() => open(wizard[index - 1] ?? "agent")}>
              {t("back")}
            </button>
          )}
          {step !== "channels" && step !== "done" && (
            <button type="button" disabled={checking} onClick={check}>
              {checking ? t("checking") : step === "review" ? t("finish") : t("check")}
            </button>
          )}
          {next && (passed || step === "channels") && (
            <button type="button" onClick={() => open(next)}>
              {t("next")}
            </button>
          )}
        </div>
      </section>
    </div>
  );
}

function readOnlyGroups(groups: TSettingsForm["dataGroups"]): TSettingsForm["dataGroups"] {
  const entries = Object.entries(groups).map(([key, group]) => [key, { ...group, direction: "erp_to_portal" }]);
  return Object.fromEntries(entries) as TSettingsForm["dataGroups"];
}
