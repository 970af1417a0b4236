"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import {
  dryRunOrderAction,
  releaseOrdersAction,
  retryOrdersAction,
  type TActionProblem,
  type TDryRunResult,
} from "../_components/order-actions.ts";
import { useAllFieldErrorsText } from "../../clients/[companyId]/field-error.tsx";
import { DryRunPreview } from "./dry-run-preview.tsx";

/**
 * "Ponów" for a refused order, "Zwolnij do ERP" for one the credit rule held (cancelling it is a
 * status move below), and the ZK the ERP would get now (written and rolled back).
 */
export function ErpButtons(props: { orderId: string; failed: boolean; held: boolean; orderTotal: number }) {
  const { orderId, failed, held } = props;
  const t = useTranslations("orders.erp");
  const fieldErrorsText = useAllFieldErrorsText();
  const problemText = (problem: TActionProblem) => problem.formError ?? fieldErrorsText(problem.fieldErrors);
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState(false);
  const [retryProblem, setRetryProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<TDryRunResult | null>(null);
  const retry = () =>
    startTransition(async () => {
      const answer = await retryOrdersAction([orderId]);
      setRetryProblem("retried" in answer ? null : problemText(answer));
    });
  const release = () =>
    startTransition(async () => {
      const answer = await releaseOrdersAction([orderId]);
      setRetryProblem("released" in answer ? null : problemText(answer));
    });
  const dryRun = () =>
    startTransition(async () => {
      setRunning(true);
      setPreview(null);
      setPreview(await dryRunOrderAction(orderId));
      setRunning(false);
    });
  return (
    <>
      <div className="row-actions">
        {failed && (
          <button type="button" disabled={pending} onClick={retry}>
            {t("retry")}
          </button>
        )}
        {held && (
          <button type="button" disabled={pending} onClick={release}>
            {t("release")}
          </button>
        )}
        <button type="button" className="secondary" disabled={pending} onClick={dryRun}>
          {t("dryRun")}
        </button>
        {running && (
          <span role="status" className="muted">
            {t("dryRunRunning")}
          </span>
        )}
        {retryProblem && (
          <p role="alert" className="form-error">
            {retryProblem}
          </p>
        )}
      </div>
      {preview && "ok" in preview && <DryRunPreview result={preview} orderTotal={props.orderTotal} />}
      {preview && !("ok" in preview) && (
        <p role="alert" className="form-error">
          {problemText(preview)}
        </p>
      )}
    </>
  );
}
