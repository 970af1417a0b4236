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
 * alert's kind is its code (messages "alerts.kinds.<kind>"), its company, subject and amount the
 * values, and the integration's name when the company has several ("none": the words leave it out).
 */
export function alertText(alert: TAlert, locale: string): string {
  const t = locale === "en" ? WORDS.en : WORDS.pl;
  const integration = alert.integration ?? "none";
  return t(alert.kind, { company: alert.companyName, subject: alert.subject, amount: alert.amount, integration });
}

/**
 * Where staff deal with an alert, a path in the portal (the page's link and the e-mail's): the
 * company's error queue, the lagging integration's sync page, the agents.
 */
export function alertPath(alert: TAlert): string {
  switch (alert.kind) {
    // The error queue: held orders have their Zwolnij button there.
    case "CREDIT_HOLD":
    case "ERROR_QUEUE":
      return `/orders?view=errors&companyId=${alert.companyId}`;
    case "SYNC_LAG":
      return alert.integrationId
        ? `/clients/${alert.companyId}/integrations/${alert.integrationId}/sync`
        : `/clients/${alert.companyId}/sync`;
    case "AGENT_OFFLINE":
      return "/agents";
  }
}

/**
 * Identifies an alert across ticks and processes: one e-mail per alert per hour at most. An agent's
 * is the company's and the agent's, however many integrations it serves.
 */
export function alertKey(alert: TAlert): string {
  return `${alert.companyId}:${alert.kind}:${alert.integrationId ?? ""}:${alert.subject}`;
}
