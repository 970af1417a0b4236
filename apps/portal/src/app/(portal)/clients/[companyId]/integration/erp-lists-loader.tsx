"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import type { TErpLists } from "@/server/erp-data/integrations/read-erp-lists.ts";
import { loadErpListsAction } from "./integration-actions.ts";
import { RefusalAlert } from "@/app/(portal)/_components/refusal-alert.tsx";
import type { TRefusalWords } from "@/app/(portal)/_components/form-error-text.ts";

/**
 * Reads the ERP's warehouses, price levels, VAT rates and units live through the chosen agent;
 * with `autoLoad`, by itself once when none are loaded yet.
 */
export function ErpListsLoader(props: {
  companyId: string;
  agentId: string;
  /** The integration's connection of that agent; the default one when absent. */
  connection?: string;
  lists: TErpLists | null;
  onLoaded: (lists: TErpLists) => void;
  autoLoad?: boolean;
}) {
  const t = useTranslations("integration");
  const [error, setError] = useState<TRefusalWords | null>(null);
  const [loading, startLoading] = useTransition();
  const load = () =>
    startLoading(async () => {
      setError(null);
      const result = await loadErpListsAction(props.companyId, props.agentId, props.connection);
      if (result.status === "loaded") props.onLoaded(result.lists);
      else setError(result);
    });
  const { lists } = props;
  const [autoLoaded, setAutoLoaded] = useState(false);
  useEffect(() => {
    if (!props.autoLoad || autoLoaded || lists || !props.agentId) return;
    setAutoLoaded(true);
    load();
  });
  return (
    <div className="row-actions">
      <button type="button" className="secondary" disabled={!props.agentId || loading} onClick={load}>
        {loading ? t("loadingLists") : t("loadLists")}
      </button>
      {!props.agentId && <span className="muted">{t("chooseAgentFirst")}</span>}
      {lists && !loading && (
        <p role="status" className="notice">
          {t("listsLoaded", {
            warehouses: lists.warehouses.length,
            vatRates: lists.vatRates.length,
            units: lists.units.length,
            priceLevels: lists.priceLevels.length,
          })}
        </p>
      )}
      {error && <RefusalAlert text={t("listsUnavailable", { reason: error.reason })} technical={error.technical} />}
    </div>
  );
}
