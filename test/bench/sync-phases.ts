import { sql, type Kysely } from "kysely";
import type { TSubiektDatabase } from "../../apps/agent/src/erp/subiekt-gt/schema/database.ts";
import { createApiKey } from "../../apps/portal/src/server/channels/api-keys/create-api-key.ts";
import { createChannel } from "../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { DEFAULT_SETTINGS } from "../../apps/portal/src/server/settings/integration-settings.ts";
import { saveIntegration } from "../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { STAFF_ACTOR } from "../support/factories.ts";
import { enrolledAgent } from "../support/tunnel-harness.ts";

type TSandbox = Kysely<TSubiektDatabase>;
const OFF = { enabled: false, direction: "erp_to_portal", intervalSeconds: 3600 } as const;
const GROUPS = ["PRODUCTS", "PRICES", "STOCK"] as const;

/** A client with the real agent on the sandbox, and a store channel selling every warehouse. */
export async function connectClient(options: { portalUrl: string; erpUrl: string; sandbox: TSandbox }) {
  const agent = await enrolledAgent({ portalUrl: options.portalUrl, erpUrl: options.erpUrl });
  await agent.run().waitFor((log) => log.msg === "connected", 60_000);
  const warehouses = await options.sandbox.selectFrom("sl_Magazyn").select("mag_Id").execute();
  const warehouseIds = warehouses.map((w) => w.mag_Id);
  const { channel } = await createChannel({
    actor: STAFF_ACTOR,
    companyId: agent.companyId,
    input: { name: "Sklep internetowy", kind: "STORE", warehouseIds },
  });
  const { key } = await createApiKey({
    actor: STAFF_ACTOR,
    companyId: agent.companyId,
    channelId: channel.id,
    input: { name: "bench" },
  });
  return {
    companyId: agent.companyId,
    agentId: agent.agentId,
    apiKey: key,
    warehouseIds,
    cleanup: () => agent.cleanup(),
  };
}

/** Saves the integration (defaults: products, prices, stock) and waits for each group's first run. */
export async function timeInitialSync(options: { companyId: string; agentId: string }) {
  const started = new Date();
  await saveIntegration({
    actor: STAFF_ACTOR,
    companyId: options.companyId,
    input: {
      agentId: options.agentId,
      settings: {
        ...DEFAULT_SETTINGS,
        saleDocuments: "writer",
        dataGroups: { ...DEFAULT_SETTINGS.dataGroups, customers: OFF, documents: OFF },
      },
      expectedVersion: 0,
    },
  });
  for (;;) {
    const runs = await getDb().syncRun.findMany({
      where: { companyId: options.companyId, group: { in: [...GROUPS] }, status: { in: ["SUCCEEDED", "FAILED"] } },
      orderBy: { createdAt: "asc" },
    });
    const failed = runs.find((run) => run.status === "FAILED");
    if (failed) throw new Error(`${failed.group} sync failed: ${failed.errorMessage}`);
    const firsts = GROUPS.map((group) => runs.find((run) => run.group === group));
    if (firsts.every((run) => run !== undefined)) {
      const finishedAt = Math.max(...firsts.map((run) => run.finishedAt?.getTime() ?? 0));
      return {
        seconds: (finishedAt - started.getTime()) / 1000,
        rows: firsts.reduce((sum, run) => sum + run.done, 0),
        byGroup: Object.fromEntries(
          firsts.map((run) => [
            run.group,
            { rows: run.done, seconds: ((run.finishedAt?.getTime() ?? 0) - (run.startedAt?.getTime() ?? 0)) / 1000 },
          ]),
        ),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The same rows written by PostgreSQL alone into tables shaped and indexed like the copy's. */
export async function timeRawLoad(options: { companyId: string }) {
  const db = getDb();
  let rows = 0;
  let seconds = 0;
  for (const table of ["ErpProduct", "ErpPrice", "ErpStock"]) {
    const raw = `bench_raw_${table}`;
    await db.$executeRawUnsafe(`CREATE TABLE "${raw}" (LIKE "${table}" INCLUDING ALL)`);
    const started = performance.now();
    rows += await db.$executeRawUnsafe(
      `INSERT INTO "${raw}" SELECT * FROM "${table}" WHERE "companyId" = $1::uuid`,
      options.companyId,
    );
    seconds += (performance.now() - started) / 1000;
    await db.$executeRawUnsafe(`DROP TABLE "${raw}"`);
  }
  return { rows, seconds };
}

type TStockItem = { productId: number; available: number };
type TStockPage = { items: TStockItem[]; nextUpdatedSince: string; hasMore: boolean };

/**
 * Changes stock in the ERP one product at a time (every 0.3-1 s) while a channel client polls
 * GET /api/v1/stock for changes every 200 ms; each change is timed until the API shows the
 * product's new available quantity.
 */
export async function timeStockChanges(options: {
  portalUrl: string;
  apiKey: string;
  sandbox: TSandbox;
  warehouseIds: number[];
  changes: number;
}): Promise<number[]> {
  const get = async (token: string | null): Promise<TStockPage> => {
    const query = new URLSearchParams({ limit: "1000", ...(token && { updatedSince: token }) });
    const response = await fetch(`${options.portalUrl}/api/v1/stock?${query}`, {
      headers: { authorization: `Bearer ${options.apiKey}` },
    });
    if (!response.ok) throw new Error(`GET /api/v1/stock: ${response.status} ${await response.text()}`);
    return (await response.json()) as TStockPage;
  };
  // Catch up once, as a channel does after its first import.
  let token: string | null = null;
  for (let page = await get(null); ; page = await get(token)) {
    token = page.nextUpdatedSince;
    if (!page.hasMore) break;
  }
  const pending = new Map<number, { expected: number; at: number }>();
  const latencies: number[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      let page: TStockPage;
      do {
        page = await get(token);
        token = page.nextUpdatedSince;
        for (const item of page.items) {
          const change = pending.get(item.productId);
          if (change && item.available === change.expected) {
            latencies.push(performance.now() - change.at);
            pending.delete(item.productId);
          }
        }
      } while (page.hasMore);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  // Products on sale only: a withdrawn product's stock reads 0 on the channel whatever the ERP holds.
  const rows = await options.sandbox
    .selectFrom("tw_Stan")
    .innerJoin("tw__Towar", "tw__Towar.tw_Id", "tw_Stan.st_TowId")
    .select(["tw_Stan.st_TowId", "tw_Stan.st_MagId"])
    .where("tw__Towar.tw_Usuniety", "=", false)
    .where("tw__Towar.tw_Zablokowany", "=", false)
    .execute();
  for (let i = 0; i < options.changes; i++) {
    const row = rows[Math.floor(Math.random() * rows.length)];
    if (!row || pending.has(row.st_TowId)) continue;
    await options.sandbox
      .updateTable("tw_Stan")
      .set({ st_Stan: sql`"st_Stan" + 1` })
      .where("st_TowId", "=", row.st_TowId)
      .where("st_MagId", "=", row.st_MagId)
      .execute();
    const totals = await options.sandbox
      .selectFrom("tw_Stan")
      .select(sql<string>`sum("st_Stan" - "st_StanRez")`.as("available"))
      .where("st_TowId", "=", row.st_TowId)
      .where("st_MagId", "in", options.warehouseIds)
      .executeTakeFirstOrThrow();
    pending.set(row.st_TowId, { expected: Math.max(0, Number(totals.available)), at: performance.now() });
    await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 700));
  }
  const deadline = Date.now() + 60_000;
  while (pending.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  polling = false;
  await poller;
  if (pending.size > 0) throw new Error(`${pending.size} stock changes never reached the API`);
  return latencies.sort((a, b) => a - b);
}
