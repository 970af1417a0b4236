import { describe, expect, it } from "vitest";
import { alertText } from "./alert-text.ts";
import type { TAlert } from "./find-alerts.ts";

const queue = (amount: number): TAlert => ({
  companyId: "c",
  companyName: "Sklep",
  kind: "ERROR_QUEUE",
  subject: "orders",
  since: new Date(0),
  amount,
  notifyClient: false,
  integrationId: null,
  integration: null,
});

describe("alert text", () => {
  it("counts orders with Polish plural forms", () => {
    expect(alertText(queue(1), "pl")).toBe("Sklep: 1 zamówienie odrzucone przez ERP czeka w kolejce błędów.");
    expect(alertText(queue(3), "pl")).toBe("Sklep: 3 zamówienia odrzucone przez ERP czekają w kolejce błędów.");
    expect(alertText(queue(5), "pl")).toBe("Sklep: 5 zamówień odrzuconych przez ERP czeka w kolejce błędów.");
    expect(alertText(queue(22), "pl")).toBe("Sklep: 22 zamówienia odrzucone przez ERP czekają w kolejce błędów.");
    expect(alertText(queue(1), "en")).toBe("Sklep: 1 order refused by the ERP waits in the error queue.");
    expect(alertText(queue(2), "en")).toBe("Sklep: 2 orders refused by the ERP wait in the error queue.");
  });

  it("words every kind of alert from its code in Polish and English, for the e-mail and the page", () => {
    const base = { ...queue(7), companyName: "Sklep" };
    expect(alertText({ ...base, kind: "AGENT_OFFLINE", subject: "Serwer" }, "pl")).toBe(
      "Sklep: agent „Serwer” jest offline od 7 min.",
    );
    expect(alertText({ ...base, kind: "AGENT_OFFLINE", subject: "Serwer" }, "en")).toBe(
      'Sklep: agent "Serwer" has been offline for 7 min.',
    );
    expect(alertText({ ...base, kind: "SYNC_LAG", subject: "STOCK" }, "pl")).toBe(
      "Sklep: synchronizacja stanów magazynowych nie powiodła się od 7 min.",
    );
    expect(alertText({ ...base, kind: "SYNC_LAG", subject: "PRICES" }, "en")).toBe(
      "Sklep: prices have not synced for 7 min.",
    );
    expect(alertText({ ...base, kind: "CREDIT_HOLD", amount: 1 }, "pl")).toBe(
      "Sklep: 1 zamówienie B2B wstrzymane z powodu kredytu kupującego czeka na decyzję obsługi: zwolnij albo anuluj.",
    );
    expect(alertText({ ...base, kind: "CREDIT_HOLD" }, "pl")).toBe(
      "Sklep: 7 zamówień B2B wstrzymanych z powodu kredytu kupujących czeka na decyzję obsługi: zwolnij albo anuluj.",
    );
    expect(alertText({ ...base, kind: "CREDIT_HOLD" }, "en")).toBe(
      "Sklep: 7 B2B orders held on their buyers' credit wait for staff to release or cancel.",
    );
  });

  it("names the integration when the company has several, and the ones an offline agent serves", () => {
    const base = { ...queue(7), integrationId: "0190f000-0000-7000-8000-000000000001", integration: "Partner" };
    expect(alertText({ ...base, kind: "SYNC_LAG", subject: "STOCK" }, "pl")).toBe(
      "Sklep, integracja „Partner”: synchronizacja stanów magazynowych nie powiodła się od 7 min.",
    );
    expect(alertText({ ...base, kind: "SYNC_LAG", subject: "STOCK" }, "en")).toBe(
      'Sklep, integration "Partner": stock have not synced for 7 min.',
    );
    expect(alertText({ ...base, amount: 2 }, "pl")).toBe(
      "Sklep, integracja „Partner”: 2 zamówienia odrzucone przez ERP czekają w kolejce błędów.",
    );
    const offline = { ...base, kind: "AGENT_OFFLINE" as const, subject: "Serwer", integration: "Centrala, Partner" };
    expect(alertText(offline, "pl")).toBe(
      "Sklep: agent „Serwer” (integracje: Centrala, Partner) jest offline od 7 min.",
    );
    expect(alertText(offline, "en")).toBe(
      'Sklep: agent "Serwer" (serving Centrala, Partner) has been offline for 7 min.',
    );
  });
});
