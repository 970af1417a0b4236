"use client";

import { useTranslations } from "next-intl";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import type { TIntegrationSettings, TSaleDocuments } from "@/server/settings/integration-settings.ts";
import { FieldError } from "../field-error.tsx";

const POLICIES = ["erp", "writer"] as const satisfies readonly TSaleDocuments[];

type TChoice = Pick<TIntegrationSettings, "saleDocuments" | "sqlSalesChosen">;

/**
 * Who issues FS, PA and KFS in Subiekt, with what each choice means for the client (fiscal
 * receipts, KSeF, settlements); the SQL writer on a real SQL Server needs its own explicit yes.
 * The integration settings and the setup wizard's documents step show the same.
 */
export function SaleDocuments(props: {
  choice: TChoice;
  writers: TIntegrationSettings["writers"];
  /** What the agent's ERP is, when the agent said: a real SQL Server or the sandbox. */
  erpServer: "sqlserver" | "sandbox" | null;
  errors: TFieldErrors;
  onChange: (choice: TChoice) => void;
}) {
  const t = useTranslations("integration.saleDocuments");
  const { choice, writers } = props;
  const bySql = choice.saleDocuments === "writer" && (writers.sale === "sql" || writers.return === "sql");
  return (
    <fieldset className="panel stack-fields" data-testid="sale-documents">
      <legend>{t("legend")}</legend>
      {props.erpServer && <p className="muted">{t(`server.${props.erpServer}`)}</p>}
      {POLICIES.map((policy) => (
        <label key={policy}>
          <input
            type="radio"
            name="saleDocuments"
            value={policy}
            checked={choice.saleDocuments === policy}
            onChange={() => props.onChange({ ...choice, saleDocuments: policy })}
          />{" "}
          <strong>{t(`policies.${policy}.name`)}</strong>
          <span className="muted"> {t(`policies.${policy}.means`)}</span>
        </label>
      ))}
      <FieldError errors={props.errors} path="settings.saleDocuments" />
      {bySql && (
        <label>
          <input
            type="checkbox"
            checked={choice.sqlSalesChosen}
            onChange={(e) => props.onChange({ ...choice, sqlSalesChosen: e.target.checked })}
          />{" "}
          {t("sqlSalesChosen")}
          <span className="muted"> {t(props.erpServer === "sandbox" ? "sqlSandbox" : "sqlServerRefuses")}</span>
        </label>
      )}
    </fieldset>
  );
}
