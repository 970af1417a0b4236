import { describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { orderKey } from "../../../apps/portal/src/server/orders/order-keys.ts";
import { runReport } from "../../../apps/portal/src/server/insight/reports/run-report.ts";
import { seedDemoSales } from "../../../apps/portal/src/server/boot/seed/demo-sales/seed-demo-sales.ts";
import { makeCompany, makeUser } from "../../support/factories.ts";
import { rawSales, sumRaw, WORDS } from "./reports-fixture.ts";

describe("the demo company's sales", () => {
  it("two years up to today, seeded once, reported as the documents add up", async () => {
    const company = await makeCompany();
    const client = await makeUser({ role: "CLIENT", companyId: company.id });
    const until = new Date("2026-11-27T09:00:00Z");
    // How long npm start spends on this is a figure for a benchmark, not a wall-clock assertion
    // that a loaded machine fails.
    const lines = await seedDemoSales({ companyId: company.id, until });
    expect(lines).toBeGreaterThan(20_000);
    expect(await seedDemoSales({ companyId: company.id, until })).toBe(0);

    // Payment behaviour as the ERP's settlements would give it: invoices open until due, slow
    // payers overdue; each customer's balance is what their invoices still have open.
    const customers = await getDb().erpCustomer.findMany({ where: { companyId: company.id } });
    expect(customers.every((c) => c.balance !== null && c.overdueAmount !== null)).toBe(true);
    expect(customers.filter((c) => Number(c.overdueAmount) > 0).length).toBeGreaterThan(0);
    expect(customers.filter((c) => Number(c.balance) === 0).length).toBeGreaterThan(0);
    const open = await getDb().erpDocument.groupBy({
      by: ["customerId"],
      where: { companyId: company.id, type: "FS", settlementOpen: { gt: 0 } },
      _sum: { settlementOpen: true },
    });
    const openOf = new Map(open.map((row) => [row.customerId, Number(row._sum.settlementOpen)]));
    expect(customers.map((c) => [c.erpId, Number(c.balance)])).toEqual(
      customers.map((c) => [c.erpId, openOf.get(c.erpId) ?? 0]),
    );
    for (const c of customers.filter((customer) => Number(customer.overdueAmount) > 0)) {
      expect(c.oldestOverdueDueDate?.getTime()).toBeLessThan(until.getTime());
    }

    const orders = await getDb().order.findMany({
      where: { companyId: company.id },
      select: { id: true, channelId: true },
    });
    const channelOfKey = new Map(orders.map((o) => [orderKey(o.id, "sale"), o.channelId]));
    const documents = await rawSales({ companyId: company.id, showrooms: [2, 3], channelOfKey });
    const range = { from: "2024-11-28", to: "2026-11-27" };
    const expected = sumRaw({ documents, ...range, key: (d) => d.contact });
    const result = await runReport({
      actor: client.actor,
      companyId: company.id,
      report: "breakdown",
      params: new URLSearchParams({ ...range, by: "contact" }),
      words: WORDS,
    });
    const rows = (result.data as { table: { rows: { key: string; net: number; cost: number; documents: number }[] } })
      .table.rows;
    expect(Object.fromEntries(rows.map((r) => [r.key, [r.net, r.cost, r.documents]]))).toEqual(
      Object.fromEntries([...expected].map(([key, s]) => [key, [s.net, s.cost, s.documents]])),
    );
    expect(rows.map((r) => r.key).sort()).toEqual(
      ["erp", "showroom", ...new Set(orders.map((o) => `channel:${o.channelId}`))].sort(),
    );
  }, 120_000);
});
