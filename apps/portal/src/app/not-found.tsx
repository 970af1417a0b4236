import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main className="center">
      <div className="panel">
        <h1>404</h1>
        <p>{t("errors.notFound")}</p>
        <Link href="/">{t("nav.home")}</Link>
      </div>
    </main>
  );
}
