/**
 * npm run bench:reconcile — prints one JSON document.
 *
 * A company with BENCH_ORDERS (100,000) orders in the cloud copy, BENCH_UNMATCHED (2,000) of them
 * waiting for the operator's sale document, written by PostgreSQL (generate_series) and ANALYZEd.
 * Then BENCH_PAGES (5) pages of the documents sync, 500 documents each as the sync reads them: 300
 * FS issued from waiting orders' ZK, 100 of those ZK fulfilled, 100 KFS of completed sales. Each
 * page's reconciliation (reconcileOrdersFromDocuments, in its own transaction as the sync's page
 * hook runs it) is timed. Target: < 1 s per page.
 */
import { randomBytes } from "node:crypto";
import { migrateDatabase } from "../../apps/portal/src/server/platform/database/migrate-database.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { percentile, round } from "./stats.ts";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const UNMATCHED = Number(process.env.BENCH_UNMATCHED ?? 2_000);
const PAGES = Number(process.env.BENCH_PAGES ?? 5);
const PAGE = { sold: 300, fulfilled: 100, corrections: 100 };
const TARGET_MS = 1000;

const database = await createTestDatabase("erp_bridge_bench_reconcile");
const cleanups: (() => Promise<unknown>)[] = [database.drop];
try {
  await migrateDatabase({ url: database.url });
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    SECRETS_KEY: randomBytes(32).toString("hex"),
  });
  // The portal modules read DATABASE_URL when first imported: they load once it is set.
  const { getDb, disconnectDb } = await import("../../apps/portal/src/server/platform/database/db.ts");
  cleanups.unshift(disconnectDb);
  const { reconcileOrdersFromDocuments } =
    await import("../../apps/portal/src/server/orders/reconcile-from-documents.ts");
  const { DEFAULT_SETTINGS } = await import("../../apps/portal/src/server/settings/integration-settings.ts");
  const { makeAgent } = await import("../support/agent-factories.ts");
  const { makeChannelWithKey } = await import("../integration/channel-api/channel-fixture.ts");
  const { seedDocumentPage, seedOrdersAtScale } = await import("../support/orders-at-scale.ts");

  const { companyId, agent } = await makeAgent();
  const { channel } = await makeChannelWithKey({ companyId });
  const integrationId = channel.integrationId ?? "";
  await getDb().integration.update({
    where: { id: integrationId },
    data: { agentId: agent.id, settings: { ...DEFAULT_SETTINGS, saleDocuments: "erp" } },
  });
  const seedStarted = performance.now();
  await getDb().$transaction(
    (tx) =>
      seedOrdersAtScale({ tx, companyId, integrationId, channelId: channel.id, orders: ORDERS, unmatched: UNMATCHED }),
    { timeout: 600_000 },
  );
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const pageMs: number[] = [];
  for (let page = 0; page < PAGES; page++) {
    await getDb().$transaction(
      async (tx) => {
        const firstOrder = 1 + page * (PAGE.sold + PAGE.fulfilled);
        const documentIds = await seedDocumentPage({
          tx,
          companyId,
          integrationId,
          firstOrder,
          unmatched: UNMATCHED,
          ...PAGE,
        });
        const started = performance.now();
        await reconcileOrdersFromDocuments({ tx, companyId, integrationId, documentIds });
        pageMs.push(performance.now() - started);
      },
      { timeout: 600_000 },
    );
  }
  const sorted = [...pageMs].sort((a, b) => a - b);
  console.log(
    JSON.stringify(
      {
        bench: "reconcile",
        orders: ORDERS,
        unmatchedOrders: UNMATCHED,
        documentsPerPage: PAGE.sold + PAGE.fulfilled + PAGE.corrections,
        ordersChangedPerPage: PAGE.sold + PAGE.fulfilled,
        seedSeconds: round(seedSeconds),
        reconcilePerPageMs: { p50: round(percentile(sorted, 50)), max: round(sorted.at(-1) ?? Number.NaN) },
        pagesMs: pageMs.map((ms) => round(ms)),
        target: { perPageMs: `< ${TARGET_MS}` },
        met: (sorted.at(-1) ?? Infinity) < TARGET_MS,
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await cleanup();
}
