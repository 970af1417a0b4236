"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { TAgentConnectionChoice } from "@/server/erp-data/integrations/list-connection-choices.ts";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { FieldError, invalidProps } from "../field-error.tsx";
import { addIntegrationAction } from "./add-integration-action.ts";

const ERP_TYPES = [
  ["SUBIEKT_GT", "subiekt-gt"],
  ["OPTIMA", "optima"],
] as const;
const NO_ERRORS: TFieldErrors = {};

/**
 * "Add integration": the ERP type first, then the agent and one of the connections it reported
 * (those of another ERP type are not offered; one another integration uses is shown as taken and
 * refused by the server with its name), then its name. Lands on the new integration's settings.
 */
export function AddIntegrationForm({ companyId, agents }: { companyId: string; agents: TAgentConnectionChoice[] }) {
  const t = useTranslations("integrations");
  const router = useRouter();
  const [erpType, setErpType] = useState<string>("");
  const [agentId, setAgentId] = useState("");
  const [connection, setConnection] = useState("");
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<TFieldErrors>(NO_ERRORS);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();
  const wire = ERP_TYPES.find(([type]) => type === erpType)?.[1];
  const agent = agents.find((a) => a.id === agentId);
  const connections = agent?.connections.filter((c) => c.erpType === wire) ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    startSaving(async () => {
      const result = await addIntegrationAction(companyId, { name, erpType, agentId, agentConnection: connection });
      setErrors(result.status === "invalid" ? result.fieldErrors : NO_ERRORS);
      setRefusal(result.status === "refused" ? result.detail : null);
      if (result.status === "created") router.push(`/clients/${companyId}/integrations/${result.id}/settings`);
    });
  };

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={t("add")}>
      <h3>{t("add")}</h3>
      <label>
        {t("erpType")}
        <select value={erpType} onChange={(e) => setErpType(e.target.value)} {...invalidProps(errors, "erpType")}>
          <option value="">{t("chooseErpType")}</option>
          {ERP_TYPES.map(([type]) => (
            <option key={type} value={type}>
              {t(`erpTypes.${type}`)}
            </option>
          ))}
        </select>
        <FieldError errors={errors} path="erpType" />
      </label>
      {erpType === "OPTIMA" && <p className="muted">{t("optimaReadOnly")}</p>}
      <label>
        {t("agent")}
        <select
          value={agentId}
          onChange={(e) => {
            setAgentId(e.target.value);
            setConnection("");
          }}
          {...invalidProps(errors, "agentId")}
        >
          <option value="">{t("chooseAgent")}</option>
          {agents.map((a) => (
            <option key={a.id} value={a.id}>
              {`${a.name} (${a.online ? t("online") : t("offline")})`}
            </option>
          ))}
        </select>
        <FieldError errors={errors} path="agentId" />
      </label>
      <label>
        {t("connection")}
        <select
          value={connection}
          onChange={(e) => setConnection(e.target.value)}
          {...invalidProps(errors, "agentConnection")}
        >
          <option value="">{t("chooseConnection")}</option>
          {connections.map((c) => (
            <option key={c.key} value={c.key}>
              {c.usedBy ? t("connectionUsed", { key: c.key, name: c.usedBy }) : c.key}
            </option>
          ))}
        </select>
        <FieldError errors={errors} path="agentConnection" />
      </label>
      {agent && wire && connections.length === 0 && <p className="muted">{t("noConnections")}</p>}
      <label>
        {t("name")}
        <input value={name} onChange={(e) => setName(e.target.value)} {...invalidProps(errors, "name")} />
        <FieldError errors={errors} path="name" />
      </label>
      {refusal && (
        <p role="alert" className="form-error">
          {refusal}
        </p>
      )}
      <button type="submit" disabled={saving}>
        {t("create")}
      </button>
    </form>
  );
}
