import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import en from "../../messages/en.json";
import pl from "../../messages/pl.json";
import { LOCALE_COOKIE, toLocale } from "./locales.ts";

const MESSAGES = { pl, en };

// No locale in the URL: the choice lives in a cookie, Polish until the user switches.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: MESSAGES[locale], timeZone: "Europe/Warsaw" };
});
