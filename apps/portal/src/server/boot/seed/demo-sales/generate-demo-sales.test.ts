import { describe, expect, it } from "vitest";
import { generateDemoSales } from "./generate-demo-sales.ts";

describe("the demo shop's sales", () => {
  const until = new Date("2026-11-27T10:00:00Z");

  it("are the same every time for the same day, two years of them", () => {
    const [a, b] = [generateDemoSales({ until }), generateDemoSales({ until })];
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const days = a.documents.map((d) => d.issuedAt.getTime());
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThan(725 * 86_400_000);
  });

  it("hold tens of thousands of lines, returns taking goods back, and channel sales with their orders", () => {
    const { documents, orders } = generateDemoSales({ until });
    const lines = documents.filter((d) => d.type !== "ZK").reduce((sum, d) => sum + d.lines.length, 0);
    expect(lines).toBeGreaterThan(20_000);
    expect(lines).toBeLessThan(50_000);
    const returns = documents.filter((d) => d.type === "KFS");
    expect(returns.length).toBeGreaterThan(100);
    expect(returns.every((d) => d.lines.every((l) => l.quantity < 0 && l.net < 0))).toBe(true);
    const keyed = new Set(documents.flatMap((d) => (d.externalNumber ? [d.erpId] : [])));
    expect(orders.every((o) => keyed.has(o.saleId))).toBe(true);
    expect(new Set(orders.map((o) => o.channel))).toEqual(new Set(["store", "b2b"]));
  });
});
