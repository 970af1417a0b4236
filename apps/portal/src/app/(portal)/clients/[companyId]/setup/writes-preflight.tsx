"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { TIntegrationSettings } from "@/server/settings/integration-settings.ts";
import { warehouseLabel } from "@/server/settings/warehouse-label.ts";
import { useAllFieldErrorsText } from "../field-error.tsx";
import { preflightAction, type TPreflightOutcome } from "./setup-actions.ts";
import { RefusalAlert } from "@/app/(portal)/_components/refusal-alert.tsx";
import { TechnicalDetail } from "@/app/(portal)/_components/technical-detail.tsx";

/**
 * The wizard's last step: every document the integration will write, written in the client's
 * ERP and rolled back, each with its verdict. The save runs the preflight again on the server
 * and refuses when it fails, so this panel informs; it does not unlock anything.
 */
export function WritesPreflight(props: {
  companyId: string;
  /** The integration set up (null: a new one). */
  integrationId: string | null;
  warehouses: TIntegrationSettings["warehouses"];
}) {
  const t = useTranslations("setup.preflight");
  const fieldErrorsText = useAllFieldErrorsText();
  const [outcome, setOutcome] = useState<TPreflightOutcome | null>(null);
  const [running, startRunning] = useTransition();
  const run = () => startRunning(async () => setOutcome(await preflightAction(props.companyId, props.integrationId)));
  const preflight = outcome?.status === "ran" ? outcome.preflight : null;
  const passed = preflight?.verdicts.every((verdict) => verdict.ok);
  return (
    <fieldset className="panel" data-testid="writes-preflight">
      <legend>{t("legend")}</legend>
      <p className="muted">{t("intro")}</p>
      <button type="button" className="secondary" disabled={running} onClick={run}>
        {running ? t("running") : t("run")}
      </button>
      {outcome?.status === "blocked" && (
        <RefusalAlert text={t("offline", { reason: outcome.reason })} technical={outcome.technical} />
      )}
      {outcome?.status === "invalid" && (
        <p role="alert" className="form-error">
          {fieldErrorsText(outcome.fieldErrors)}
        </p>
      )}
      {preflight && (
        <>
          {preflight.throughSql.length > 0 && (
            <p className="notice">{t("sfera", { documents: preflight.throughSql.join(", ") })}</p>
          )}
          <div className="table-scroll">
            <table aria-label={t("label")}>
              <thead>
                <tr>
                  <th>{t("document")}</th>
                  <th>{t("verdict")}</th>
                </tr>
              </thead>
              <tbody>
                {preflight.verdicts.map((verdict) => (
                  <tr key={verdict.document}>
                    <td>{t(`documents.${verdict.document}`)}</td>
                    <td className={verdict.ok ? undefined : "form-error"}>
                      {!verdict.ok ? (
                        <>
                          {t("failed")}
                          <TechnicalDetail detail={verdict.error.message} />
                        </>
                      ) : verdict.document === "customer" ? (
                        t("okCustomer", { symbol: verdict.written.number })
                      ) : (
                        t("ok", {
                          number: verdict.written.number,
                          lines: verdict.written.lines,
                          customer: verdict.written.customer ?? "—",
                        })
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">
            {t("sample", {
              sku: preflight.sample.sku ?? "—",
              warehouse:
                preflight.sample.warehouseId === null
                  ? "—"
                  : warehouseLabel(props.warehouses, preflight.sample.warehouseId),
            })}
          </p>
          <p role={passed ? "status" : "alert"} className={passed ? "notice" : "form-error"}>
            {passed ? t("passed") : t("refused")}
          </p>
        </>
      )}
    </fieldset>
  );
}
