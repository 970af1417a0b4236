import { getTranslations } from "next-intl/server";
import { explainSyncError } from "@/i18n/explain-sync-error.ts";

/** A stored sync error in the reader's language: the engine's sentences translated, others quoted. */
export async function getSyncErrorText(): Promise<(message: string) => string> {
  const t = await getTranslations("syncErrors");
  return (message) => {
    const explained = explainSyncError(message);
    return t(explained.key, explained.values);
  };
}
