import { createTranslator } from "next-intl";
import en from "../../../../messages/en.json" with { type: "json" };
import pl from "../../../../messages/pl.json" with { type: "json" };
import type { TAlert } from "./find-alerts.ts";

const WORDS = {
  pl: createTranslator({ locale: "pl", messages: pl, namespace: "alerts.kinds" }),
  en: createTranslator({ locale: "en", messages: en, namespace: "alerts.kinds" }),
};

/**
 * One line saying what is wrong, in the reader's language (Polish unless they chose English): the
 * alert's kind is its code (messages "alerts.kinds.<kind>"), its company, subject and amount the values.
 */
export function alertText(alert: TAlert, locale: string): string {
  const t = locale === "en" ? WORDS.en : WORDS.pl;
  return t(alert.kind, { company: alert.companyName, subject: alert.subject, amount: alert.amount });
}

/** Identifies an alert across ticks and processes: one e-mail per alert per hour at most. */
export function alertKey(alert: TAlert): string {
  return `${alert.companyId}:${alert.kind}:${alert.subject}`;
}
