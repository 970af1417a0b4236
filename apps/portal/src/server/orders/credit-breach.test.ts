import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import pl from "../../../messages/pl.json" with { type: "json" };
import type { TCreditHolds } from "../settings/integration-settings.ts";
import { creditBreach, daysOverdue } from "./credit-breach.ts";
import { orderProblemText, type TOrderProblem } from "./order-problem.ts";

const HOLD: TCreditHolds = { policy: "hold", overLimit: true, overdueDays: 14 };
const NOW = new Date("2026-12-06T12:00:00Z");
/** The English words, with Intl's no-break spaces (in "PLN 5,000.00", "5 000,00 zł") as plain ones. */
const words = (problem: TOrderProblem | null) =>
  problem ? orderProblemText(problem).replace(/[\u00a0\u202f]/g, " ") : "";
const PAID_UP = { creditLimit: 5000, balance: 4000, overdueAmount: 0, oldestOverdueDueDate: null };

describe("the credit rule for B2B orders", () => {
  it("holds an order that takes the balance over the limit, to the grosz, and says so in zł", () => {
    expect(creditBreach({ rule: HOLD, customer: PAID_UP, total: 1000, now: NOW })).toBeNull();
    const held = creditBreach({ rule: HOLD, customer: PAID_UP, total: 1000.01, now: NOW });
    expect(held).toMatchObject({ code: "creditHold", params: { overLimit: "yes", overdue: "no", limit: 5000 } });
    expect(words(held)).toBe(
      "Held for staff by the integration's credit rule: the customer's balance of PLN 4,000.00 plus this order's " +
        "PLN 1,000.01 would exceed their credit limit of PLN 5,000.00. Release the order to send it to the ERP, or cancel it.",
    );
    const polish = createTranslator({ locale: "pl", messages: pl, namespace: "orders.erpError" });
    expect(polish("creditHold", held?.params).replace(/[\u00a0\u202f]/g, " ")).toContain("limit kredytu 5000,00 zł");
  });

  it("takes a limit of 0 as none set, and unknown settlements as nothing to hold on", () => {
    expect(creditBreach({ rule: HOLD, customer: { ...PAID_UP, creditLimit: 0 }, total: 10, now: NOW })).toBeNull();
    const unread = { creditLimit: 10, balance: null, overdueAmount: null, oldestOverdueDueDate: null };
    expect(creditBreach({ rule: HOLD, customer: unread, total: 1000, now: NOW })).toBeNull();
  });

  it("holds for an amount overdue more than N days of the shop's calendar, not N days or fewer", () => {
    expect(daysOverdue("2026-11-22", NOW)).toBe(14);
    // 23:30 UTC is already the next day in Warsaw.
    expect(daysOverdue("2026-11-22", new Date("2026-12-06T23:30:00Z"))).toBe(15);
    const owing = (due: string) => ({ ...PAID_UP, balance: 0, overdueAmount: 250.5, oldestOverdueDueDate: due });
    expect(creditBreach({ rule: HOLD, customer: owing("2026-11-22"), total: 10, now: NOW })).toBeNull();
    const held = creditBreach({ rule: HOLD, customer: owing("2026-11-21"), total: 10, now: NOW });
    expect(held?.params).toMatchObject({ overLimit: "no", overdue: "yes", overdueDays: 15, allowedDays: 14 });
    expect(words(held)).toContain(
      "the customer has PLN 250.50 overdue, the oldest 15 days past its due date (orders are held beyond 14 days)",
    );
    const unchecked = { ...HOLD, overdueDays: null };
    expect(creditBreach({ rule: unchecked, customer: owing("2020-01-01"), total: 10, now: NOW })).toBeNull();
  });

  it("names both reasons when both hold", () => {
    const customer = { creditLimit: 100, balance: 90, overdueAmount: 90, oldestOverdueDueDate: "2026-10-01" };
    const held = creditBreach({ rule: HOLD, customer, total: 20, now: NOW });
    expect(words(held)).toMatch(/credit limit of PLN 100\.00; the customer has PLN 90\.00 overdue, the oldest 66 days/);
  });
});
