"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { TSaveIntegrationResult } from "./integration-actions.ts";
import { problemsDetail, useFieldErrorText } from "../field-error.tsx";
import { TechnicalDetail } from "@/app/(portal)/_components/technical-detail.tsx";
import { RefusalAlert } from "@/app/(portal)/_components/refusal-alert.tsx";

/** What the last save did, said once for the whole form (field errors sit by their inputs). */
export function SaveOutcome({ outcome, companyId }: { outcome: TSaveIntegrationResult | null; companyId: string }) {
  const t = useTranslations("integration");
  const errorText = useFieldErrorText();
  if (!outcome) return null;
  switch (outcome.status) {
    case "saved":
      return (
        <div role="status" className="notice">
          <p>{t("saved", { version: outcome.version })}</p>
          {outcome.stillHeld > 0 && (
            <p data-testid="still-held">
              {t("stillHeld", { count: outcome.stillHeld })}{" "}
              <Link href={`/orders?view=errors&companyId=${companyId}`}>{t("stillHeldLink")}</Link>
            </p>
          )}
        </div>
      );
    case "conflict":
      return (
        <p role="alert" className="form-error">
          {t("conflict")} <a href="">{t("reload")}</a>
        </p>
      );
    case "unavailable":
      return <RefusalAlert text={t("unavailable", { reason: outcome.reason })} technical={outcome.technical} />;
    case "invalid": {
      // The write preflight's refusals belong to no one input: said with the form's outcome.
      const general = [...(outcome.fieldErrors._ ?? []), ...(outcome.fieldErrors.preflight ?? [])];
      return (
        <div role="alert" className="form-error">
          <p>{t("invalid", { count: Object.keys(outcome.fieldErrors).length })}</p>
          {general.length > 0 && <p>{general.map(errorText).join(" ")}</p>}
          <TechnicalDetail detail={problemsDetail(general)} />
        </div>
      );
    }
  }
}
