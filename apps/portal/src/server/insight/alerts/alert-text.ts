import type { TAlert } from "./find-alerts.ts";

const GROUPS_PL: Record<string, string> = {
  PRODUCTS: "produktów",
  PRICES: "cen",
  STOCK: "stanów magazynowych",
  CUSTOMERS: "kontrahentów",
  DOCUMENTS: "dokumentów",
};

/** One line saying what is wrong, in the reader's language (Polish unless they chose English). */
export function alertText(alert: TAlert, locale: string): string {
  const pl = locale !== "en";
  switch (alert.kind) {
    case "AGENT_OFFLINE":
      return pl
        ? `${alert.companyName}: agent „${alert.subject}” jest offline od ${alert.amount} min.`
        : `${alert.companyName}: agent "${alert.subject}" has been offline for ${alert.amount} min.`;
    case "SYNC_LAG":
      return pl
        ? `${alert.companyName}: synchronizacja ${GROUPS_PL[alert.subject] ?? alert.subject} nie powiodła się od ${alert.amount} min.`
        : `${alert.companyName}: ${alert.subject.toLowerCase()} have not synced for ${alert.amount} min.`;
    case "ERROR_QUEUE":
      return pl
        ? `${alert.companyName}: ${ordersWaitingPl(alert.amount)} w kolejce błędów.`
        : `${alert.companyName}: ${alert.amount} ${alert.amount === 1 ? "order waits" : "orders wait"} in the error queue.`;
  }
}

/** "1 zamówienie czeka", "3 zamówienia czekają", "5 zamówień czeka" (Polish plural rules). */
function ordersWaitingPl(count: number): string {
  const form = new Intl.PluralRules("pl").select(count);
  if (form === "one") return `${count} zamówienie czeka`;
  if (form === "few") return `${count} zamówienia czekają`;
  return `${count} zamówień czeka`;
}

/** Identifies an alert across ticks and processes: one e-mail per alert per hour at most. */
export function alertKey(alert: TAlert): string {
  return `${alert.companyId}:${alert.kind}:${alert.subject}`;
}
