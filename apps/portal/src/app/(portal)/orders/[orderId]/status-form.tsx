"use client";

import { useTranslations } from "next-intl";
import { useActionState, type FormEvent } from "react";
import { FieldError, invalidProps } from "../../clients/[companyId]/field-error.tsx";
import { changeOrderStatusAction, type TMoveState } from "../_components/order-actions.ts";

/** Moves the order on: only to the statuses its workflow allows from where it is. */
export function StatusForm(props: { orderId: string; next: readonly string[] }) {
  const t = useTranslations("orders.move");
  const statuses = useTranslations("orders.status");
  const action = changeOrderStatusAction.bind(null, props.orderId);
  const [state, formAction, pending] = useActionState<TMoveState, FormData>(action, { seq: 0 });
  const errors = state.fieldErrors ?? {};
  if (props.next.length === 0) return <p className="muted">{t("final")}</p>;
  // Cancelling also cancels the ZK in the ERP: asked once more.
  const confirmCancel = (event: FormEvent<HTMLFormElement>) => {
    const target = new FormData(event.currentTarget).get("status");
    if (target === "cancelled" && !window.confirm(t("cancelConfirm"))) event.preventDefault();
  };
  return (
    <form className="stack" action={formAction} onSubmit={confirmCancel} key={state.seq} noValidate>
      <label>
        {t("to")}
        <select name="status" id="move-status" {...invalidProps(errors, "status", "move-")}>
          {props.next.map((status) => (
            <option key={status} value={status}>
              {statuses(status)}
            </option>
          ))}
        </select>
        <FieldError errors={errors} path="status" scope="move-" />
      </label>
      <label>
        {t("note")}
        <textarea name="note" rows={2} maxLength={1000} {...invalidProps(errors, "note", "move-")} />
        <FieldError errors={errors} path="note" scope="move-" />
      </label>
      {state.formError && (
        <p role="alert" className="form-error">
          {state.formError}
        </p>
      )}
      {state.saved && (
        <p role="status" className="notice">
          {t("saved")}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
