import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/i18n/locales.ts";
import { setLocale } from "./locale-actions.ts";

export async function LocaleSwitch() {
  const [t, current] = [await getTranslations("locale"), await getLocale()];
  return (
    <form action={setLocale} aria-label={t("label")} className="locale-switch">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          className="link"
          name="locale"
          value={locale}
          aria-pressed={locale === current}
          lang={locale}
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
