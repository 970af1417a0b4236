import { getTranslations } from "next-intl/server";
import type { TStoredSyncProblem } from "@/server/erp-data/sync/sync-problem.ts";

/**
 * A stored sync failure in the reader's language, from its code. A row older than codes keeps
 * only its words, quoted under a generic text: every page showing sync failures is staff's.
 */
export async function getSyncErrorText(): Promise<(failure: TStoredSyncProblem) => string> {
  const t = await getTranslations("syncErrors");
  return (failure) =>
    failure.problem ? t(failure.problem.code, failure.problem.params) : t("other", { detail: failure.text });
}
