import { getTranslations } from "next-intl/server";
import type { TStoredSyncProblem } from "@/server/erp-data/sync/sync-problem.ts";

/**
 * A stored sync failure in the reader's language, from its code: what went wrong, without the
 * driver's or database's own words (those go under <TechnicalDetail>). A row older than codes
 * keeps only its words, so its sentence points to the detail.
 */
export async function getSyncErrorText(): Promise<(failure: TStoredSyncProblem) => string> {
  const t = await getTranslations("syncErrors");
  return (failure) => (failure.problem ? t(failure.problem.code, failure.problem.params) : t("other"));
}
