import { getTranslations } from "next-intl/server";

/**
 * The system's own words for a failure (a driver's or database's message, in English), folded
 * away under a label in the reader's language: staff can open it for support, the page reads in words.
 */
export async function TechnicalDetail({ detail }: { detail: string | null }) {
  if (!detail) return null;
  const t = await getTranslations("technicalDetail");
  return (
    <details className="technical-detail">
      <summary>{t("summary")}</summary>
      <code lang="en">{detail}</code>
    </details>
  );
}
