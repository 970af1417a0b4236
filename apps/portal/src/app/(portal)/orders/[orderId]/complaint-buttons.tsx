"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { complaintStatusAction } from "../_components/order-actions.ts";
import { useAllFieldErrorsText } from "../../clients/[companyId]/field-error.tsx";

/** The moves a complaint may make from its status, one button each. */
export function ComplaintButtons(props: {
  orderId: string;
  complaintId: string;
  next: { status: string; label: string }[];
}) {
  const t = useTranslations("orders.returns");
  const fieldErrorsText = useAllFieldErrorsText();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  const move = (status: string) =>
    startTransition(async () => {
      const answer = await complaintStatusAction(props.orderId, props.complaintId, status);
      setProblem("saved" in answer ? null : (answer.formError ?? fieldErrorsText(answer.fieldErrors)));
    });
  return (
    <div className="row-actions">
      {props.next.map(({ status, label }) => (
        <button key={status} type="button" className="secondary" disabled={pending} onClick={() => move(status)}>
          {t("moveTo", { status: label })}
        </button>
      ))}
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
    </div>
  );
}
