"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales.ts";
import { formText } from "@/server/platform/http/form-text.ts";

export async function setLocale(formData: FormData): Promise<void> {
  const locale = toLocale(formText(formData, "locale"));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}
