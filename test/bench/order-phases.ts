import { keyOfStored } from "../../apps/agent/src/erp/subiekt-gt/schema/document-key.ts";
import { sql, type Kysely } from "kysely";
import type { TSubiektDatabase } from "../../apps/agent/src/erp/subiekt-gt/schema/database.ts";
import { createApiKey } from "../../apps/portal/src/server/channels/api-keys/create-api-key.ts";
import { createChannel } from "../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { DEFAULT_SETTINGS } from "../../apps/portal/src/server/settings/integration-settings.ts";
import { saveIntegration } from "../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { orderKey } from "../../apps/portal/src/server/orders/order-keys.ts";
import { STAFF_ACTOR } from "../support/factories.ts";
import { enrolledAgent } from "../support/tunnel-harness.ts";
import { orderBody } from "./order-body.ts";
import { percentile } from "./stats.ts";

type TSandbox = Kysely<TSubiektDatabase>;
const OFF = { enabled: false, direction: "erp_to_portal", intervalSeconds: 3600 } as const;

/** The shop: agent online, integration with its store warehouse, products copied, a channel key. */
export async function connectShop(options: { portalUrl: string; erpUrl: string; sandbox: TSandbox }) {
  const agent = await enrolledAgent({ portalUrl: options.portalUrl, erpUrl: options.erpUrl });
  const running = agent.run();
  await running.waitFor((log) => log.msg === "connected", 60_000);
  const [store] = await options.sandbox.selectFrom("sl_Magazyn").select("mag_Id").orderBy("mag_Id").execute();
  if (!store) throw new Error("the sandbox has warehouses");
  const started = new Date();
  await saveIntegration({
    actor: STAFF_ACTOR,
    companyId: agent.companyId,
    input: {
      agentId: agent.agentId,
      expectedVersion: 0,
      settings: {
        ...DEFAULT_SETTINGS,
        saleDocuments: "writer",
        dataGroups: { ...DEFAULT_SETTINGS.dataGroups, prices: OFF, stock: OFF, customers: OFF, documents: OFF },
        warehouses: [{ erpId: store.mag_Id, role: "store" }],
        deliveryMethods: [{ channelCode: "courier", kind: "courier", showroomWarehouseId: null }],
      },
    },
  });
  for (;;) {
    const run = await getDb().syncRun.findFirst({
      where: {
        companyId: agent.companyId,
        group: "PRODUCTS",
        status: { in: ["SUCCEEDED", "FAILED"] },
        createdAt: { gte: started },
      },
    });
    if (run?.status === "FAILED") throw new Error(`product sync failed: ${run.errorMessage}`);
    if (run) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // Products with plenty of free stock in the store warehouse, so reservations never run short.
  const stocked = await options.sandbox
    .selectFrom("tw_Stan")
    .innerJoin("tw__Towar", "tw__Towar.tw_Id", "tw_Stan.st_TowId")
    .select("tw__Towar.tw_Symbol")
    .where("tw_Stan.st_MagId", "=", store.mag_Id)
    .where("tw__Towar.tw_Usuniety", "=", false)
    .where("tw__Towar.tw_Zablokowany", "=", false)
    .orderBy("tw__Towar.tw_Id")
    .limit(2000)
    .execute();
  await options.sandbox
    .updateTable("tw_Stan")
    .set({ st_Stan: sql`"st_Stan" + 1000000` })
    .where("st_MagId", "=", store.mag_Id)
    .execute();
  const { channel } = await createChannel({
    actor: STAFF_ACTOR,
    companyId: agent.companyId,
    input: { name: "Sklep", kind: "STORE", rateLimitPerMinute: 100_000 },
  });
  const { key } = await createApiKey({
    actor: STAFF_ACTOR,
    companyId: agent.companyId,
    channelId: channel.id,
    input: { name: "bench" },
  });
  return {
    key,
    skus: stocked.map((row) => row.tw_Symbol),
    agentPid: running.child.pid ?? 0,
    /** The agent's JSON log lines so far (BENCH_AGENT_LOG writes them to a file). */
    agentLogs: () => running.logs,
    stopAgent: () => running.stop("SIGTERM"),
    cleanup: () => agent.cleanup(),
  };
}

export async function postOrder(options: {
  portalUrl: string;
  key: string;
  body: unknown;
}): Promise<{ id: string; ms: number; started: number }> {
  const started = performance.now();
  const response = await fetch(`${options.portalUrl}/api/v1/orders`, {
    method: "POST",
    headers: { authorization: `Bearer ${options.key}`, "content-type": "application/json" },
    body: JSON.stringify(options.body),
  });
  const ms = performance.now() - started;
  if (response.status !== 201) throw new Error(`POST /api/v1/orders: ${response.status} ${await response.text()}`);
  const { order } = (await response.json()) as { order: { id: string } };
  return { id: order.id, ms, started };
}

function summary(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/**
 * Orders at a fixed rate, every `largeEvery`-th with 20 lines and the rest with 2; each timed from
 * the start of its POST until its ZK is seen committed in the sandbox itself (a poller reads new
 * documents every 10 ms). A ZK can be committed before its POST's 201 reaches us (the agent is that
 * fast), so documents seen before their order is known wait in `seenAt` instead of being skipped.
 * Writes run side by side and their ids are reserved before they commit, so a ZK with a lower id can
 * commit after one with a higher id: the poller rereads a window below the highest id it has seen.
 */
export async function timeOrdersToErp(options: {
  portalUrl: string;
  key: string;
  skus: string[];
  sandbox: TSandbox;
  rate: number;
  seconds: number;
  largeEvery: number;
}) {
  const postedAt = new Map<string, number>();
  const seenAt = new Map<string, number>();
  const seenIds = new Set<number>();
  const latencies: number[] = [];
  /** Orders posted and not yet seen as a ZK, once a second: a queue that keeps growing does not keep up. */
  const outstanding: number[] = [];
  let failed = 0;
  let posted = 0;
  let lastSeenAt = 0;
  const match = (key: string) => {
    const postedAtMs = postedAt.get(key);
    const seen = seenAt.get(key);
    if (postedAtMs === undefined || seen === undefined) return;
    latencies.push(seen - postedAtMs);
    postedAt.delete(key);
    seenAt.delete(key);
  };
  let highestId =
    (
      await options.sandbox
        .selectFrom("dok__Dokument")
        .select(sql<number>`max("dok_Id")`.as("id"))
        .executeTakeFirst()
    )?.id ?? 0;
  const floor = highestId;
  let polling = true;
  let deadline = Number.POSITIVE_INFINITY;
  const poller = (async () => {
    while (polling || postedAt.size > 0) {
      const rows = await options.sandbox
        .selectFrom("dok__Dokument")
        .select(["dok_Id", "dok_NrPelnyOryg"])
        .where("dok_Id", ">", Math.max(floor, highestId - 500))
        .orderBy("dok_Id")
        .execute();
      const now = performance.now();
      for (const row of rows) {
        if (seenIds.has(row.dok_Id)) continue;
        seenIds.add(row.dok_Id);
        highestId = Math.max(highestId, row.dok_Id);
        lastSeenAt = now;
        const key = keyOfStored(row.dok_NrPelnyOryg) ?? row.dok_NrPelnyOryg;
        if (!seenAt.has(key)) seenAt.set(key, now);
        match(key);
      }
      if (!polling && Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const counter = setInterval(() => outstanding.push(posted - latencies.length - failed), 1000);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  const total = options.rate * options.seconds;
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / options.rate - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    posted += 1;
    const lines = i % options.largeEvery === options.largeEvery - 1 ? 20 : 2;
    pending.push(
      postOrder({
        portalUrl: options.portalUrl,
        key: options.key,
        body: orderBody({ ...options, index: i, prefix: "rate", lines }),
      }).then(
        ({ id, started: postStarted }) => {
          const key = orderKey(id, "order");
          postedAt.set(key, postStarted);
          match(key);
        },
        () => void (failed += 1),
      ),
    );
  }
  const postingEnded = performance.now();
  const outstandingWhenPostingEnded = posted - latencies.length - failed;
  await Promise.all(pending);
  polling = false;
  deadline = Date.now() + 30_000;
  await poller;
  clearInterval(counter);
  failed += postedAt.size;
  const elapsedSeconds = (Math.max(lastSeenAt, postingEnded) - started) / 1000;
  return {
    orders: latencies.length,
    failed,
    ordersPerSecond: latencies.length / elapsedSeconds,
    drainSeconds: Math.max(0, lastSeenAt - postingEnded) / 1000,
    outstandingWhenPostingEnded,
    outstandingMax: Math.max(0, ...outstanding),
    ...summary(latencies),
  };
}

/** Back-to-back POSTs from several clients: what the intake alone sustains. */
export async function timeIntake(options: {
  portalUrl: string;
  key: string;
  skus: string[];
  clients: number;
  seconds: number;
}) {
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  const until = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (performance.now() < until) {
        const index = next++;
        try {
          const { ms } = await postOrder({
            portalUrl: options.portalUrl,
            key: options.key,
            body: orderBody({ ...options, index, prefix: "intake" }),
          });
          latencies.push(ms);
        } catch {
          failed += 1;
        }
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  return { accepted: latencies.length, failed, elapsedSeconds, ...summary(latencies) };
}
