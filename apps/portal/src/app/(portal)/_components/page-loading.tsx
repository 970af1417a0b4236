import { getTranslations } from "next-intl/server";

/** What a page shows while the server renders it: the route groups' `loading.tsx` all use it. */
export async function PageLoading() {
  const t = await getTranslations("loading");
  return (
    <section className="panel page-loading" aria-busy="true" data-testid="page-loading">
      <p role="status">{t("page")}</p>
      <span className="skeleton-line" />
      <span className="skeleton-line" />
      <span className="skeleton-line short" />
    </section>
  );
}
