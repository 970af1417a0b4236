"use client";

import { DEFAULT_CONNECTION } from "@erp-bridge/shared";
import { useTranslations } from "next-intl";
import type { TAgentConnectionChoice } from "@/server/erp-data/integrations/list-connection-choices.ts";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { ERP_TYPE_KEY, type ErpType } from "@/server/settings/erp-type.ts";
import { FieldError, invalidProps } from "../field-error.tsx";

/** One ERP connection an agent reported, with the integration that uses it (if any). */
export type TConnectionOption = TAgentConnectionChoice["connections"][number];

/**
 * An agent's connection an integration may use: the first of its ERP type that no other
 * integration uses, else the first of its type ("" when it reported none of that type). An agent
 * that never reported its connections has only its default one.
 */
export function firstFreeConnection(options: {
  connections: TConnectionOption[];
  erpType: ErpType;
  /** The integration itself (its own connection is free for it); null for a new one. */
  integrationId: string | null;
}): string {
  if (options.connections.length === 0) return DEFAULT_CONNECTION;
  const ofType = options.connections.filter((c) => c.erpType === ERP_TYPE_KEY[options.erpType]);
  const free = ofType.find((c) => c.usedById === null || c.usedById === options.integrationId);
  return (free ?? ofType[0])?.key ?? "";
}

/**
 * Which of the agent's ERP connections the integration uses: those of its ERP type, each one
 * another integration uses marked with that integration's name (the server refuses it). The
 * current value stays listed even if the agent no longer reports it.
 */
export function ConnectionSelect(props: {
  connections: TConnectionOption[];
  erpType: ErpType;
  integrationId: string | null;
  value: string;
  errors: TFieldErrors;
  onChange: (key: string) => void;
}) {
  const t = useTranslations("integrations");
  const ofType = props.connections.filter((c) => c.erpType === ERP_TYPE_KEY[props.erpType]);
  const keys = ofType.map((c) => c.key);
  const listed = props.value === "" || keys.includes(props.value) ? ofType : [...ofType, { key: props.value }];
  const label = (c: (typeof listed)[number]) => {
    const usedBy = "usedById" in c && c.usedById !== props.integrationId ? c.usedBy : null;
    return usedBy ? t("connectionUsed", { key: c.key, name: usedBy }) : c.key;
  };
  return (
    <>
      <label>
        {t("connection")}
        <select
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          {...invalidProps(props.errors, "agentConnection")}
        >
          <option value="">{t("chooseConnection")}</option>
          {listed.map((c) => (
            <option key={c.key} value={c.key}>
              {label(c)}
            </option>
          ))}
        </select>
        <FieldError errors={props.errors} path="agentConnection" />
      </label>
      {props.connections.length > 0 && ofType.length === 0 && <p className="muted">{t("noConnections")}</p>}
    </>
  );
}
