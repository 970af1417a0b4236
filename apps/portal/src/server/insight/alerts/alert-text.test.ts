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
});

describe("alert text", () => {
  it("counts orders with Polish plural forms", () => {
    expect(alertText(queue(1), "pl")).toBe("Sklep: 1 zamówienie czeka w kolejce błędów.");
    expect(alertText(queue(3), "pl")).toBe("Sklep: 3 zamówienia czekają w kolejce błędów.");
    expect(alertText(queue(5), "pl")).toBe("Sklep: 5 zamówień czeka w kolejce błędów.");
    expect(alertText(queue(22), "pl")).toBe("Sklep: 22 zamówienia czekają w kolejce błędów.");
    expect(alertText(queue(1), "en")).toBe("Sklep: 1 order waits in the error queue.");
    expect(alertText(queue(2), "en")).toBe("Sklep: 2 orders wait in the error queue.");
  });
});
