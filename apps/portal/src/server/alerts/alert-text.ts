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
        ? `${alert.companyName}: ${alert.amount} zamówień czeka w kolejce błędów.`
        : `${alert.companyName}: ${alert.amount} orders wait in the error queue.`;
  }
}

/** Identifies an alert across ticks and processes: one e-mail per alert per hour at most. */
export function alertKey(alert: TAlert): string {
  return `${alert.companyId}:${alert.kind}:${alert.subject}`;
}
