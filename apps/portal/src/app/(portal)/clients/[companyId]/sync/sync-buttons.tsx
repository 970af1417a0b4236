"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { requestSyncAction, type TSyncRequestResult } from "./sync-actions.ts";

/** "Sync now" and "Full sync" for one data group; `blocked` says why neither can run yet. */
export function SyncButtons(props: {
  companyId: string;
  integrationId: string | null;
  group: string;
  blocked: string | null;
}) {
  const t = useTranslations("sync");
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<TSyncRequestResult | null>(null);
  const request = (kind: "INCREMENTAL" | "FULL") =>
    startTransition(async () =>
      setResult(await requestSyncAction(props.companyId, props.group, kind, props.integrationId)),
    );
  const disabled = pending || props.blocked !== null;
  return (
    <div className="row-actions">
      <button type="button" disabled={disabled} onClick={() => request("INCREMENTAL")}>
        {t("syncNow")}
      </button>
      <button type="button" className="secondary" disabled={disabled} onClick={() => request("FULL")}>
        {t("fullSync")}
      </button>
      {props.blocked && <p className="muted">{props.blocked}</p>}
      {result && (
        <p
          role={result.status === "refused" ? "alert" : "status"}
          className={result.status === "refused" ? "form-error" : "muted"}
        >
          {result.status === "refused" ? t("refused", { detail: result.detail }) : t(result.status)}
        </p>
      )}
    </div>
  );
}
