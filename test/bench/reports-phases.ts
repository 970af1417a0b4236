import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { createChannel } from "../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { DEFAULT_SETTINGS } from "../../apps/portal/src/server/settings/integration-settings.ts";
import { saveIntegration } from "../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { orderKey } from "../../apps/portal/src/server/orders/order-keys.ts";
import { runReport } from "../../apps/portal/src/server/insight/reports/run-report.ts";
import { uuidV7 } from "../../apps/portal/src/server/platform/database/uuid-v7.ts";
import { STAFF_ACTOR } from "../support/factories.ts";
import { startPortalWorker } from "../support/portal-worker.ts";
import { enrolledAgent } from "../support/tunnel-harness.ts";

const OFF = { enabled: false, direction: "erp_to_portal", intervalSeconds: 3600 } as const;
const ORDERS = 2000;

/** A portal worker, the real agent on the sandbox, and two channels with orders whose keys the ERP's sales carry. */
export async function connectClient(options: { erpUrl: string }) {
  const portal = await startPortalWorker();
  const agent = await enrolledAgent({ portalUrl: portal.url, erpUrl: options.erpUrl });
  await agent.run().waitFor((log) => log.msg === "connected", 60_000);
  const keys: string[] = [];
  for (const [name, kind] of [
    ["Sklep internetowy", "STORE"],
    ["Platforma B2B", "B2B"],
  ] as const) {
    const { channel } = await createChannel({
      actor: STAFF_ACTOR,
      companyId: agent.companyId,
      input: { name, kind, warehouseIds: [1] },
    });
    const orders = Array.from({ length: ORDERS / 2 }, (_, i) => ({
      id: uuidV7(Date.now() - i),
      companyId: agent.companyId,
      channelId: channel.id,
      externalId: `${kind}-${i}`,
      status: "completed",
      buyer: {},
      delivery: {},
      paymentMethod: "card",
      documentWanted: "RECEIPT" as const,
      totalGross: 0,
      erpState: "IDLE" as const,
      // Sold through the portal: the ERP's sale is recorded on the order, as the order engine leaves it.
      erpSaleId: 0,
      erpSaleType: "PA",
    }));
    await getDb().order.createMany({ data: orders });
    keys.push(...orders.map((o) => orderKey(o.id, "sale")));
  }
  return {
    companyId: agent.companyId,
    agentId: agent.agentId,
    keys,
    cleanup: async () => {
      await agent.cleanup();
      await portal.worker.stop("SIGTERM");
    },
  };
}

/** Saves the integration (documents, products, customers; the main warehouse and four showrooms) and waits for the documents. */
export async function timeDocumentSync(options: { companyId: string }) {
  const integration = await getDb().agent.findFirstOrThrow({ where: { companyId: options.companyId } });
  const started = new Date();
  await saveIntegration({
    actor: STAFF_ACTOR,
    companyId: options.companyId,
    input: {
      agentId: integration.id,
      settings: {
        ...DEFAULT_SETTINGS,
        dataGroups: { ...DEFAULT_SETTINGS.dataGroups, prices: OFF, stock: OFF },
        warehouses: [1, 2, 3, 4, 5].map((erpId) => ({ erpId, role: erpId === 1 ? "store" : "showroom" })),
      },
      expectedVersion: 0,
    },
  });
  // A run that fails (on this shared 2-core machine the agent may miss a deadline) is followed by
  // the next scheduled one, from the stored cursor; the sync is done when one succeeds.
  for (;;) {
    const failed = await getDb().syncRun.findMany({
      where: { companyId: options.companyId, group: "DOCUMENTS", status: "FAILED" },
    });
    if (failed.length > 5) throw new Error(`documents sync failed: ${failed.at(-1)?.errorMessage}`);
    const run = await getDb().syncRun.findFirst({
      where: { companyId: options.companyId, group: "DOCUMENTS", status: "SUCCEEDED" },
    });
    if (run) {
      const seconds = ((run.finishedAt?.getTime() ?? 0) - started.getTime()) / 1000;
      const documents = await getDb().erpDocument.count({ where: { companyId: options.companyId } });
      return {
        documents,
        seconds: Math.round(seconds),
        documentsPerSecond: Math.round(documents / seconds),
        failedRuns: failed.length,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

export async function rollupSizes(options: { companyId: string }) {
  const tables = ["ErpDocumentLine", "ReportDocument", "ReportSalesDay", "ReportSalesMonth", "ReportCustomerMonth"];
  const products = ["ReportProductDay", "ReportProductMonth", "ReportProductTotalMonth", "ReportProductTotalQuarter"];
  const out: Record<string, number> = {};
  for (const table of [...tables, ...products, "ReportGroupDay", "ReportGroupMonth"]) {
    const [row] = await getDb().$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${table}" WHERE "companyId" = $1::uuid`,
      options.companyId,
    );
    out[table] = Number(row?.n ?? 0);
  }
  // This machine's PostgreSQL runs without autovacuum: give the planner the statistics it would have,
  // and the tables the visibility map it would keep (index-only scans of the year rollups rely on it).
  await getDb().$executeRawUnsafe("VACUUM (ANALYZE)");
  return out;
}

/** The customer with the most documents: the one-contractor cases ask for their history. */
export async function busiestCustomer(options: { companyId: string }): Promise<string> {
  const top = await getDb().reportDocument.groupBy({
    by: ["customerId"],
    where: { companyId: options.companyId, customerId: { gt: 0 } },
    _count: true,
    orderBy: { _count: { customerId: "desc" } },
    take: 1,
  });
  return String(top[0]?.customerId ?? 1);
}

/** Every report type as the pages ask for it: [name, report, query beside `to`]. */
export function reportCases(options: { until: string; customer: string }): [string, string, Record<string, string>][] {
  const threeMonthsBack = new Date(new Date(`${options.until}T00:00:00Z`).getTime() - 90 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const { customer } = options;
  return [
    ["summary", "summary", {}],
    ["trend by month", "trend", { bucket: "month" }],
    ["trend by week", "trend", { bucket: "week" }],
    ["trend by day, 3 months", "trend", { bucket: "day", from: threeMonthsBack }],
    ["by point of contact", "breakdown", { by: "contact" }],
    ["by warehouse", "breakdown", { by: "warehouse" }],
    ["by product group", "breakdown", { by: "group" }],
    ["by product", "breakdown", { by: "product" }],
    ["by customer", "breakdown", { by: "customer" }],
    ["trend of one group", "trend", { group: "3" }],
    ["showrooms by product", "breakdown", { by: "product", contact: "showroom" }],
    ["margin heat map", "heatmap", {}],
    ["unprofitable areas", "unprofitable", {}],
    ["contractors", "contractors", {}],
    ["one contractor's history", "contractor", { customer }],
    ["one customer's groups", "breakdown", { by: "group", customer }],
  ];
}

/** Every report type, as the pages ask for them, RUNS times each, in this process. */
export async function timeReports(options: { companyId: string; runs: number; until: string }) {
  const customer = await busiestCustomer(options);
  const words = {
    erp: "ERP",
    showroom: "Salon",
    unknownChannel: "?",
    anonymous: "-",
    noGroup: "-",
    noProduct: "-",
    warehouse: (id: number) => `M${id}`,
    documentType: (type: string) => type,
    metric: (key: string) => key,
    negative: "neg",
    falling: "fall",
  };
  const results: { name: string; ms: number[] }[] = [];
  for (const [name, report, query] of reportCases({ until: options.until, customer })) {
    const ms: number[] = [];
    for (let i = 0; i < options.runs + 2; i++) {
      const started = performance.now();
      await runReport({
        actor: STAFF_ACTOR,
        companyId: options.companyId,
        report,
        params: new URLSearchParams({ to: options.until, ...query }),
        words,
        limit: 500,
        today: new Date(`${options.until}T12:00:00Z`),
      });
      // The first two warm the connection pool and the plan cache.
      if (i >= 2) ms.push(performance.now() - started);
    }
    results.push({ name, ms: ms.sort((a, b) => a - b) });
  }
  return results;
}
