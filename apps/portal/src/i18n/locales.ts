export const LOCALES = ["pl", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "pl";
export const LOCALE_COOKIE = "locale";

export function toLocale(value: string | undefined): TLocale {
  return LOCALES.find((l) => l === value) ?? DEFAULT_LOCALE;
}
