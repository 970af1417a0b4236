"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { TPingResult } from "@/server/admin/agents/ping-agent.ts";
import { issueCodeAction, pingAgentAction, revokeAgentAction, type TAgentFormState } from "./agent-actions.ts";
import { EnrollmentCode } from "./enrollment-code.tsx";

export function AgentRowActions(props: {
  agentId: string;
  agentName: string;
  portalUrl: string;
  demo: boolean;
  enrolled: boolean;
}) {
  const t = useTranslations("agents");
  const [pending, startTransition] = useTransition();
  const [issued, setIssued] = useState<TAgentFormState>({});
  const [ping, setPing] = useState<TPingResult | null>(null);
  const revoke = () => {
    if (!window.confirm(t("revokeConfirm", { name: props.agentName }))) return;
    startTransition(() => revokeAgentAction(props.agentId));
  };
  const testConnection = () => startTransition(async () => setPing(await pingAgentAction(props.agentId)));
  const newCode = () => startTransition(async () => setIssued(await issueCodeAction(props.agentId, props.agentName)));
  return (
    <div className="row-actions">
      {props.enrolled && (
        <button type="button" className="link" disabled={pending} onClick={testConnection}>
          {t("ping")}
        </button>
      )}
      {ping && (
        <span role="status" data-testid="ping-result">
          {ping.ok ? t("pingOk", { ms: ping.roundTripMs }) : t(`ping${ping.reason}`)}
        </span>
      )}
      <button type="button" className="link" disabled={pending} onClick={newCode}>
        {t("newCode")}
      </button>
      <button type="button" className="link danger" disabled={pending} onClick={revoke}>
        {t("revoke")}
      </button>
      {issued.formError && <p className="form-error">{issued.formError}</p>}
      {issued.issued && <EnrollmentCode {...issued.issued} portalUrl={props.portalUrl} demo={props.demo} />}
    </div>
  );
}
