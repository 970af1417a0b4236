"use client";

import type { TSferaCheck } from "@erp-bridge/shared";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import type { TSetupDraft } from "@/server/erp-data/setup/get-setup-draft.ts";
import type { TSetupErp } from "@/server/erp-data/setup/setup-steps.ts";
import { EnrollmentCode } from "../../../agents/enrollment-code.tsx";
import { FieldError, invalidProps } from "../field-error.tsx";
import { ConnectionSelect, type TConnectionOption } from "../integration/connection-select.tsx";
import { AgentDownload } from "./agent-download.tsx";
import { createSetupAgentAction } from "./setup-actions.ts";

export type TSetupAgent = {
  id: string;
  name: string;
  online: boolean;
  enrolled: boolean;
  /** What its ERP is (a real SQL Server or the sandbox), once it said. */
  erpServer: "sqlserver" | "sandbox" | null;
  /** The last `agent sfera-check` run from the portal, by the ERP connection it checked. */
  sferaChecks: Partial<Record<string, TSferaCheck>>;
  /** The ERP connections it reported (empty: it never said; its default one is Subiekt GT). */
  connections: TConnectionOption[];
};

/** The integration the wizard sets up again. */
export type TSetupIntegration = NonNullable<TSetupDraft["integration"]>;

/**
 * The agent on the client's ERP server: an existing one, or a new one with its one-time code
 * and the commands to paste there. Its presence updates live as it enrolls and connects. A new
 * integration's ERP type comes first, then the agent and which of its reported connections leads
 * to that ERP, and its name; an integration set up again keeps its type and name, and a change of
 * its agent or connection moves it (to the same ERP database).
 */
export function AgentStep(props: {
  companyId: string;
  portalUrl: string;
  demo: boolean;
  agents: TSetupAgent[];
  agentId: string;
  errors: TFieldErrors;
  erp: TSetupErp;
  /** The integration set up again; null: a new one. */
  integration: TSetupIntegration | null;
  onChoose: (agentId: string) => void;
  onChooseErp: (erp: TSetupErp) => void;
}) {
  const t = useTranslations("setup.agent");
  const ti = useTranslations("integrations");
  const tm = useTranslations("integration");
  const [name, setName] = useState("");
  const [issued, setIssued] = useState<{ agentName: string; code: string } | null>(null);
  const [nameErrors, setNameErrors] = useState<TFieldErrors>({});
  const [creating, startCreating] = useTransition();
  const status = (agent: TSetupAgent) =>
    agent.online ? t("online") : agent.enrolled ? t("offline") : t("notEnrolled");
  const chosen = props.agents.find((agent) => agent.id === props.agentId);
  const create = () =>
    startCreating(async () => {
      const outcome = await createSetupAgentAction(props.companyId, name);
      if (outcome.status === "invalid") return setNameErrors(outcome.fieldErrors);
      setNameErrors({});
      setIssued({ agentName: outcome.agentName, code: outcome.code });
      props.onChoose(outcome.agentId);
    });
  return (
    <fieldset className="panel">
      <legend>{t("legend")}</legend>
      <p className="muted">{t("intro")}</p>
      {!props.integration && (
        <label>
          {ti("erpType")}
          <select
            value={props.erp.erpType}
            onChange={(e) => props.onChooseErp({ ...props.erp, erpType: e.target.value as TSetupErp["erpType"] })}
          >
            {(["SUBIEKT_GT", "OPTIMA"] as const).map((type) => (
              <option key={type} value={type}>
                {ti(`erpTypes.${type}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {props.erp.erpType === "OPTIMA" && <p className="muted">{ti("optimaReadOnly")}</p>}
      <label>
        {t("choose")}
        <select
          value={props.agentId}
          onChange={(e) => props.onChoose(e.target.value)}
          {...invalidProps(props.errors, "agentId")}
        >
          <option value="">{t("none")}</option>
          {props.agents.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {`${agent.name} (${status(agent)})`}
            </option>
          ))}
        </select>
      </label>
      {/* Beside the label, not in it: its technical detail opens on a click of its own. */}
      <FieldError errors={props.errors} path="agentId" />
      {/* An agent that never reported its connections has only its default one (Subiekt GT). */}
      {chosen && chosen.connections.length > 0 && (
        <ConnectionSelect
          connections={chosen.connections}
          erpType={props.erp.erpType}
          integrationId={props.integration?.id ?? null}
          value={props.erp.agentConnection}
          errors={props.errors}
          onChange={(agentConnection) => props.onChooseErp({ ...props.erp, agentConnection })}
        />
      )}
      {props.integration && <p className="muted">{tm("moveNote")}</p>}
      {!props.integration && (
        <label>
          {t("integrationName")}
          <input
            value={props.erp.name ?? ""}
            onChange={(e) => props.onChooseErp({ ...props.erp, name: e.target.value })}
            {...invalidProps(props.errors, "name", "integration-")}
          />
          <FieldError errors={props.errors} path="name" scope="integration-" />
        </label>
      )}
      {chosen && (
        <p data-testid="setup-agent-status" data-status={chosen.online ? "online" : "offline"}>
          {t("chosen", { name: chosen.name, status: status(chosen) })}
        </p>
      )}
      <div className="row-actions">
        <label>
          {t("newName")}
          <input value={name} onChange={(e) => setName(e.target.value)} {...invalidProps(nameErrors, "name")} />
          <FieldError errors={nameErrors} path="name" />
        </label>
        <button type="button" className="secondary" disabled={creating} onClick={create}>
          {t("create")}
        </button>
      </div>
      {issued && <EnrollmentCode {...issued} portalUrl={props.portalUrl} demo={props.demo} />}
      {issued && <AgentDownload portalUrl={props.portalUrl} code={issued.code} />}
    </fieldset>
  );
}
