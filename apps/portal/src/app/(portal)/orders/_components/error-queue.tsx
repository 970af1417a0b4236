"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, useTransition } from "react";
import { releaseOrdersAction, retryOrdersAction, type TReleaseResult, type TRetryResult } from "./order-actions.ts";
import { useAllFieldErrorsText } from "../../clients/[companyId]/field-error.tsx";

/** One refused order, formatted by the page (dates and money in the reader's locale). */
export type TQueueRow = {
  id: string;
  externalId: string;
  company: string;
  created: string;
  total: string;
  reason: string;
  rawReason: string;
  /** Held by the credit rule: staff release it (or cancel it on its page) rather than retry. */
  held: boolean;
};

/**
 * The error queue: orders whose ERP step was refused, each with the reason in plain words.
 * Staff fix the cause (stock, a mapping) and send one, or all they ticked, to the ERP again.
 * B2B orders the credit rule held are here too, with the reason; each is released on its own
 * (a decision about one customer's credit), never by "retry selected".
 */
export function ErrorQueue({ rows }: { rows: TQueueRow[] }) {
  const t = useTranslations("orders");
  const fieldErrorsText = useAllFieldErrorsText();
  const [pending, startTransition] = useTransition();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<TRetryResult | TReleaseResult | null>(null);
  const retriable = rows.filter((row) => !row.held);
  const chosen = retriable.filter((row) => selected.has(row.id)).map((row) => row.id);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const release = (orderId: string) =>
    startTransition(async () => {
      setResult(await releaseOrdersAction([orderId]));
    });
  const retry = (orderIds: string[]) =>
    startTransition(async () => {
      const answer = await retryOrdersAction(orderIds);
      setResult(answer);
      if ("retried" in answer) setSelected(new Set());
    });
  return (
    <>
      <div className="row-actions queue-actions">
        <button type="button" disabled={pending || chosen.length === 0} onClick={() => retry(chosen)}>
          {t("queue.retrySelected")}
        </button>
        <span className="muted">{t("queue.selected", { count: chosen.length })}</span>
        {result && "retried" in result && (
          <p role="status" className="notice">
            {t("queue.retried", { count: result.retried })}
          </p>
        )}
        {result && "released" in result && (
          <p role="status" className="notice">
            {t("queue.released", { count: result.released })}
          </p>
        )}
        {result && !("retried" in result) && !("released" in result) && (
          <p role="alert" className="form-error">
            {result.formError ?? fieldErrorsText(result.fieldErrors)}
          </p>
        )}
      </div>
      {rows.length === 0 ? (
        <p>{t("queue.empty")}</p>
      ) : (
        <table className="orders">
          <thead>
            <tr>
              <th>
                <input
                  type="checkbox"
                  aria-label={t("queue.selectAll")}
                  checked={retriable.length > 0 && chosen.length === retriable.length}
                  onChange={(event) => setSelected(new Set(event.target.checked ? retriable.map((r) => r.id) : []))}
                />
              </th>
              {(["order", "client", "created", "total", "reason"] as const).map((key) => (
                <th key={key}>{t(`columns.${key}`)}</th>
              ))}
              <th>
                <span className="sr-only">{t("columns.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid={`queue-${row.id}`}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t("queue.select", { order: row.externalId })}
                    checked={selected.has(row.id)}
                    disabled={row.held}
                    onChange={(event) => toggle(row.id, event.target.checked)}
                  />
                </td>
                <td>
                  <Link href={`/orders/${row.id}`}>{row.externalId}</Link>
                </td>
                <td>{row.company}</td>
                <td>{row.created}</td>
                <td className="num">{row.total}</td>
                <td>
                  <span className="field-error" title={row.rawReason}>
                    {row.reason}
                  </span>
                </td>
                <td>
                  {row.held ? (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t("queue.releaseOne", { order: row.externalId })}
                      disabled={pending}
                      onClick={() => release(row.id)}
                    >
                      {t("queue.release")}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t("queue.retryOne", { order: row.externalId })}
                      disabled={pending}
                      onClick={() => retry([row.id])}
                    >
                      {t("queue.retry")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
