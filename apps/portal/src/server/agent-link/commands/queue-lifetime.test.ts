import { describe, expect, it } from "vitest";
import { queueExpiry } from "./queue-lifetime.ts";

const now = new Date("2026-12-06T12:00:00Z");

describe("queue lifetime per command kind", () => {
  it("a live lookup expires with its timeout; an order write waits for the agent however long", () => {
    expect(queueExpiry({ name: "erp.products.find", timeoutMs: 15_000, now })).toEqual(
      new Date("2026-12-06T12:00:15Z"),
    );
    expect(queueExpiry({ name: "diagnostics.echo", timeoutMs: 10_000, now })).toEqual(new Date("2026-12-06T12:00:10Z"));
    for (const name of ["erp.order.create", "erp.order.sale", "erp.order.return"] as const) {
      expect(queueExpiry({ name, timeoutMs: 60_000, now })).toBeNull();
    }
  });

  it("a sync read goes stale after six hours in the queue", () => {
    expect(queueExpiry({ name: "erp.read", timeoutMs: 120_000, now })).toEqual(new Date("2026-12-06T18:00:00Z"));
  });
});
