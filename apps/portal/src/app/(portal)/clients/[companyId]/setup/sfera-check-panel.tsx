"use client";

import type { TSferaCheck } from "@erp-bridge/shared";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { checkSferaAction, type TSferaCheckOutcome } from "./sfera-check-actions.ts";
import { RefusalAlert } from "@/app/(portal)/_components/refusal-alert.tsx";
import type { TRefusalWords } from "@/app/(portal)/_components/form-error-text.ts";

/**
 * `agent sfera-check`'s result where staff choose the Sfera writer: the last run kept for the
 * agent's connection, and a button that runs it again on the client's server through the agent.
 */
export function SferaCheckPanel(props: {
  companyId: string;
  agentId: string;
  /** The agent's ERP connection whose Sfera is checked. */
  connection: string;
  last: TSferaCheck | null;
}) {
  const t = useTranslations("setup.sferaCheck");
  const format = useFormatter();
  const [check, setCheck] = useState(props.last);
  const [blocked, setBlocked] = useState<TRefusalWords | null>(null);
  const [running, startRunning] = useTransition();
  const run = () =>
    startRunning(async () => {
      const outcome: TSferaCheckOutcome = await checkSferaAction(props.companyId, props.agentId, props.connection);
      setBlocked(outcome.status === "blocked" ? outcome : null);
      if (outcome.status === "checked") setCheck(outcome.check);
    });
  const verdict = !check ? "never" : !check.configured ? "notConfigured" : check.ok ? "ready" : "failed";
  return (
    <section className="panel" aria-labelledby="sfera-check-title" data-testid="sfera-check">
      <h4 id="sfera-check-title">{t("title")}</h4>
      <p className="muted">{t("intro")}</p>
      <p role="status" data-verdict={verdict} className={verdict === "ready" ? "notice" : "form-error"}>
        {t(`verdict.${verdict}`)}
        {check && (
          <span className="muted">
            {" "}
            ({format.dateTime(new Date(check.checkedAt), { dateStyle: "short", timeStyle: "medium" })})
          </span>
        )}
      </p>
      {check && check.lines.length > 0 && (
        <pre className="mono" data-testid="sfera-check-report">
          {check.lines.join("\n")}
        </pre>
      )}
      {blocked && <RefusalAlert text={t("blocked", { reason: blocked.reason })} technical={blocked.technical} />}
      <button type="button" className="secondary" disabled={running || !props.agentId} onClick={run}>
        {running ? t("running") : check ? t("runAgain") : t("run")}
      </button>
    </section>
  );
}
