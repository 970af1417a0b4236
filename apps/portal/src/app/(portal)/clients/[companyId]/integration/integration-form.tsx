"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import type { TIntegrationSettings } from "@/server/settings/integration-settings.ts";
import type { TErpLists } from "@/server/erp-data/integrations/read-erp-lists.ts";
import { FieldError, invalidProps } from "../field-error.tsx";
import { AlertsFieldset } from "./alerts-fieldset.tsx";
import { DataGroupsFieldset } from "./data-groups-fieldset.tsx";
import { ErpListsLoader } from "./erp-lists-loader.tsx";
import { saveIntegrationAction, type TSaveIntegrationResult } from "./integration-actions.ts";
import { ProductCustomFields } from "./product-custom-fields.tsx";
import { SaveOutcome } from "./save-outcome.tsx";
import { fromSettingsForm, toSettingsForm, type TSettingsForm } from "./settings-form.ts";
import { WarehouseRoles } from "./warehouse-roles.tsx";
import { OrderSettings } from "./order-settings.tsx";
import { ReadOnlyNotice } from "./read-only-notice.tsx";

export type TAgentChoice = {
  id: string;
  name: string;
  online: boolean;
  /** A real SQL Server or the sandbox, once the agent said. */
  erpServer: "sqlserver" | "sandbox" | null;
};

type TProps = {
  companyId: string;
  /** Null: the company's first integration (today's single-integration page). */
  integrationId: string | null;
  agents: TAgentChoice[];
  initial: { agentId: string | null; agentConnection: string; version: number; settings: TIntegrationSettings };
  /** A read-only ERP (Comarch ERP Optima for now): no orders, so nothing about writing them. */
  readOnly: boolean;
};

const NO_ERRORS: TFieldErrors = {};

/**
 * The whole integration edited in the browser and saved in one go. The version it started from
 * goes with the save, so a save over someone else's change is refused rather than lost.
 */
export function IntegrationForm({ companyId, integrationId, agents, initial, readOnly }: TProps) {
  const t = useTranslations("integration");
  const [agentId, setAgentId] = useState(initial.agentId ?? "");
  const [form, setForm] = useState(() => toSettingsForm(initial.settings));
  const [version, setVersion] = useState(initial.version);
  const [lists, setLists] = useState<TErpLists | null>(null);
  const [outcome, setOutcome] = useState<TSaveIntegrationResult | null>(null);
  const [saving, startSaving] = useTransition();
  const errors = outcome?.status === "invalid" ? outcome.fieldErrors : NO_ERRORS;
  const update = <K extends keyof TSettingsForm>(key: K, value: TSettingsForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  const save = (event: FormEvent) => {
    event.preventDefault();
    startSaving(async () => {
      const input = {
        agentId: agentId || null,
        agentConnection: initial.agentConnection,
        settings: fromSettingsForm(form),
        expectedVersion: version,
      };
      const result = await saveIntegrationAction(companyId, input, integrationId);
      if (result.status === "saved") setVersion(result.version);
      setOutcome(result);
    });
  };

  return (
    <form className="integration-form" onSubmit={save} noValidate>
      <fieldset className="panel">
        <legend>{t("agentSection")}</legend>
        <label>
          {t("agent")}
          <select
            value={agentId}
            onChange={(e) => {
              setAgentId(e.target.value);
              setLists(null);
            }}
            {...invalidProps(errors, "agentId")}
          >
            <option value="">{t("noAgent")}</option>
            {agents.map((agent) => (
              <option key={agent.id} value={agent.id}>
                {`${agent.name} (${agent.online ? t("online") : t("offline")})`}
              </option>
            ))}
          </select>
          <FieldError errors={errors} path="agentId" />
        </label>
        {agents.length === 0 && <p className="muted">{t("noAgents")}</p>}
        <p className="muted">{t("connectionIs", { connection: initial.agentConnection })}</p>
        <FieldError errors={errors} path="agentConnection" />
        <ErpListsLoader
          companyId={companyId}
          agentId={agentId}
          connection={initial.agentConnection}
          lists={lists}
          onLoaded={setLists}
        />
      </fieldset>
      <DataGroupsFieldset groups={form.dataGroups} errors={errors} onChange={(g) => update("dataGroups", g)} />
      <WarehouseRoles
        warehouses={form.warehouses}
        lists={lists}
        errors={errors}
        onChange={(w) => update("warehouses", w)}
        readOnly={readOnly}
      />
      {readOnly && <ReadOnlyNotice />}
      {!readOnly && (
        <OrderSettings form={form} lists={lists} errors={errors} agents={agents} agentId={agentId} update={update} />
      )}
      <ProductCustomFields
        rows={form.productCustomFields}
        errors={errors}
        onChange={(rows) => update("productCustomFields", rows)}
      />
      <AlertsFieldset alerts={form.alerts} errors={errors} onChange={(a) => update("alerts", a)} />
      <div className="form-footer">
        <SaveOutcome outcome={outcome} companyId={companyId} />
        <button type="submit" disabled={saving}>
          {saving ? t("saving") : t("save")}
        </button>
        <span className="muted">{t("version", { version })}</span>
      </div>
    </form>
  );
}
