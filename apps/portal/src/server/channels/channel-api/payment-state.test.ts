import { describe, expect, it } from "vitest";
import { paymentOf } from "./payment-state.ts";

const today = "2026-03-15";
const stateOf = (amount: number | null, open: number | null, dueDate: string | null = "2026-03-20") =>
  paymentOf({ amount, open, dueDate, today })?.state ?? null;

describe("a document's payment state from its settlement", () => {
  it("paid, unpaid, partly paid before the due date", () => {
    expect([stateOf(100, 0), stateOf(100, 100), stateOf(100, 40)]).toEqual(["paid", "unpaid", "partly_paid"]);
  });

  it("overdue once the due date has passed with anything open, whether partly paid or not; due today is not", () => {
    expect([stateOf(100, 100, "2026-03-14"), stateOf(100, 40, "2026-03-14"), stateOf(100, 0, "2026-03-14")]).toEqual([
      "overdue",
      "overdue",
      "paid",
    ]);
    expect(stateOf(100, 100, today)).toBe("unpaid");
  });

  it("a refund owed to the customer is never overdue; no settlement, no payment state", () => {
    expect(stateOf(-50, -50, "2026-01-01")).toBe("unpaid");
    expect(paymentOf({ amount: null, open: null, dueDate: null, today })).toBeNull();
  });
});
