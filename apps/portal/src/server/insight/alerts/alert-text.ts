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

/**
 * Where staff deal with an alert, a path in the portal (the page's link and the e-mail's): the
 * company's error queue, its sync page, the agents.
 */
export function alertPath(alert: TAlert): string {
  switch (alert.kind) {
    // The error queue: held orders have their Zwolnij button there.
    case "CREDIT_HOLD":
    case "ERROR_QUEUE":
      return `/orders?view=errors&companyId=${alert.companyId}`;
    case "SYNC_LAG":
      return `/clients/${alert.companyId}/sync`;
    case "AGENT_OFFLINE":
      return "/agents";
  }
}

/** Identifies an alert across ticks and processes: one e-mail per alert per hour at most. */
export function alertKey(alert: TAlert): string {
  return `${alert.companyId}:${alert.kind}:${alert.subject}`;
}
