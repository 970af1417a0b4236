import { useTranslations } from "next-intl";

/**
 * The system's own words for a failure (a driver's, a database's or the agent's message, in
 * English), folded away under a label in the reader's language: staff can open it for support, the
 * page reads in words. Not async, so server pages and client forms show it alike.
 */
export function TechnicalDetail({ detail }: { detail: string | null }) {
  const t = useTranslations("technicalDetail");
  if (!detail) return null;
  return (
    <details className="technical-detail">
      <summary>{t("summary")}</summary>
      <code lang="en">{detail}</code>
    </details>
  );
}
