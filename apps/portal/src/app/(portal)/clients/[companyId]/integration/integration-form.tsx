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
import { ConnectionSelect, firstFreeConnection, type TConnectionOption } from "./connection-select.tsx";
import type { ErpType } from "@/server/settings/erp-type.ts";

export type TAgentChoice = {
  id: string;
  name: string;
  online: boolean;
  /** A real SQL Server or the sandbox, once the agent said. */
  erpServer: "sqlserver" | "sandbox" | null;
  /** The ERP connections it reported (empty: it never said; it has its default one). */
  connections: TConnectionOption[];
};

type TProps = {
  companyId: string;
  /** Null: the company's first integration (today's single-integration page). */
  integrationId: string | null;
  agents: TAgentChoice[];
  initial: { agentId: string | null; agentConnection: string; version: number; settings: TIntegrationSettings };
  erpType: ErpType;
  /** A read-only ERP (Comarch ERP Optima for now): no orders, so nothing about writing them. */
  readOnly: boolean;
};

const NO_ERRORS: TFieldErrors = {};

/**
 * The whole integration edited in the browser and saved in one go. The version it started from
 * goes with the save, so a save over someone else's change is refused rather than lost. Another
 * agent or connection moves the integration (the ERP server was replaced): the server refuses one
 * another integration uses or of another ERP type, by the field.
 */
export function IntegrationForm({ companyId, integrationId, agents, initial, erpType, readOnly }: TProps) {
  const t = useTranslations("integration");
  const [agentId, setAgentId] = useState(initial.agentId ?? "");
  const [agentConnection, setAgentConnection] = useState(initial.agentConnection);
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
        agentConnection,
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
              const chosen = agents.find((a) => a.id === e.target.value);
              setAgentId(e.target.value);
              // Back to its own agent: its own connection; another: that one's first free of the type.
              setAgentConnection(
                e.target.value === initial.agentId
                  ? initial.agentConnection
                  : firstFreeConnection({ connections: chosen?.connections ?? [], erpType, integrationId }),
              );
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
        {agentId && (
          <ConnectionSelect
            connections={agents.find((a) => a.id === agentId)?.connections ?? []}
            erpType={erpType}
            integrationId={integrationId}
            value={agentConnection}
            errors={errors}
            onChange={(key) => {
              setAgentConnection(key);
              setLists(null);
            }}
          />
        )}
        {initial.agentId && <p className="muted">{t("moveNote")}</p>}
        <ErpListsLoader
          companyId={companyId}
          agentId={agentId}
          connection={agentConnection}
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
