import http from "node:http";
import type { Kysely } from "kysely";
import { keyOfStored } from "../../apps/agent/src/erp/subiekt-gt/schema/document-key.ts";
import type { TSubiektDatabase } from "../../apps/agent/src/erp/subiekt-gt/schema/database.ts";
import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { orderKey } from "../../apps/portal/src/server/orders/order-keys.ts";
import { percentile, round } from "./stats.ts";
import { timeCommands, type TFleet } from "./tunnel-phases.ts";

type TShop = { portalUrl: string; key: string; skus: string[] };

/** What a channel remembers of one order: accepted (with our id) after how many attempts. */
type TSent = { externalId: string; orderId?: string; attempts: number; ms?: number };

function orderBody(options: { skus: string[]; externalId: string; index: number }) {
  const lines = [0, 1].map((offset) => ({
    product: { sku: options.skus[(options.index * 2 + offset) % options.skus.length] ?? "" },
    quantity: 1,
    unitGross: 10 + offset,
    vatRate: 23,
  }));
  return {
    externalId: options.externalId,
    buyer: {
      name: "Klient Testowy",
      email: `klient${options.index % 50}@example.pl`,
      address: { street: "Długa 1", postalCode: "00-001", city: "Warszawa" },
    },
    lines,
    deliveryMethod: "courier",
    paymentMethod: "payu",
    document: "receipt",
    totalGross: 21,
  };
}

/** One POST over a keep-alive agent of our own, so a phase's connections are opened through the balancer's current routes. */
function post(options: { url: string; key: string; body: unknown; agent: http.Agent }) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const payload = JSON.stringify(options.body);
    const request = http.request(
      `${options.url}/api/v1/orders`,
      {
        method: "POST",
        agent: options.agent,
        headers: {
          authorization: `Bearer ${options.key}`,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        response.on("error", reject);
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error("timeout")));
    request.on("error", reject);
    request.end(payload);
  });
}

/**
 * Sends one order as a careful channel does: a failed attempt (a reset when a process dies, a
 * 5xx) is sent again with the same externalId until it is accepted; 201 and 200 (already stored)
 * both mean accepted. Times the first attempt's start to the accepting answer.
 */
async function sendOrder(options: { shop: TShop; agent: http.Agent; sent: TSent; index: number }): Promise<void> {
  const { shop, sent } = options;
  const started = performance.now();
  for (;;) {
    sent.attempts += 1;
    try {
      const answer = await post({
        url: shop.portalUrl,
        key: shop.key,
        agent: options.agent,
        body: orderBody({ skus: shop.skus, externalId: sent.externalId, index: options.index }),
      });
      if (answer.status === 201 || answer.status === 200) {
        sent.orderId = (JSON.parse(answer.text) as { order: { id: string } }).order.id;
        sent.ms = performance.now() - started;
        return;
      }
      if (answer.status < 500) throw new Error(`POST /api/v1/orders: ${answer.status} ${answer.text}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("POST")) throw error;
    }
    if (sent.attempts >= 20) return;
    await new Promise((resolve) => setTimeout(resolve, 100 * sent.attempts));
  }
}

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

/** Back-to-back orders from several clients through the balancer: what the intake sustains. */
export async function intakeThroughBalancer(options: {
  shop: TShop;
  prefix: string;
  clients: number;
  seconds: number;
}) {
  const agent = new http.Agent({ keepAlive: true });
  const sent: TSent[] = [];
  const started = performance.now();
  const until = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (performance.now() < until) {
        const order: TSent = { externalId: `${options.prefix}-${sent.length}`, attempts: 0 };
        sent.push(order);
        await sendOrder({ shop: options.shop, agent, sent: order, index: sent.length });
      }
    }),
  );
  agent.destroy();
  const elapsedSeconds = (performance.now() - started) / 1000;
  const accepted = sent.filter((order) => order.ms !== undefined);
  return {
    sent,
    figures: {
      clients: options.clients,
      seconds: options.seconds,
      accepted: accepted.length,
      ordersPerSecond: round(accepted.length / elapsedSeconds),
      latencyMs: summary(accepted.map((order) => order.ms ?? 0)),
    },
  };
}

/**
 * Orders and agent commands at fixed rates through the balancer; `midway` runs (the kill) once
 * a third of the time has passed. Every order is retried until accepted; every command must
 * reach its agent wherever that agent reconnected.
 */
export async function loadWithFailover(options: {
  shop: TShop;
  fleet: TFleet;
  orderRate: number;
  commandRate: number;
  seconds: number;
  midway: () => Promise<void>;
}) {
  const agent = new http.Agent({ keepAlive: true });
  const sent: TSent[] = [];
  const commandMs: number[] = [];
  let commandsFailed = 0;
  const pending: Promise<unknown>[] = [];
  const started = performance.now();
  const schedule = (rate: number, run: (index: number) => Promise<unknown>) =>
    (async () => {
      for (let i = 0; i < rate * options.seconds; i++) {
        const wait = started + (i * 1000) / rate - performance.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
        pending.push(run(i));
      }
    })();
  const killer = (async () => {
    await new Promise((resolve) => setTimeout(resolve, (options.seconds * 1000) / 3));
    await options.midway();
  })();
  await Promise.all([
    killer,
    schedule(options.orderRate, (index) => {
      const order: TSent = { externalId: `failover-${index}`, attempts: 0 };
      sent.push(order);
      return sendOrder({ shop: options.shop, agent, sent: order, index });
    }),
    schedule(options.commandRate, (index) =>
      timeCommands({ fleet: options.fleet, index: index * 7 }).then(
        (ms) => commandMs.push(ms),
        () => (commandsFailed += 1),
      ),
    ),
  ]);
  await Promise.all(pending);
  agent.destroy();
  const accepted = sent.filter((order) => order.ms !== undefined);
  return {
    sent,
    figures: {
      seconds: options.seconds,
      orders: {
        ratePerSecond: options.orderRate,
        sent: sent.length,
        accepted: accepted.length,
        sentAgain: sent.filter((order) => order.attempts > 1).length,
        latencyMs: summary(accepted.map((order) => order.ms ?? 0)),
      },
      agentCommands: {
        ratePerSecond: options.commandRate,
        completed: commandMs.length,
        failed: commandsFailed,
        roundTripMs: summary(commandMs),
      },
    },
  };
}

/**
 * Nothing lost, nothing doubled: every order a channel sent is stored once, and each has exactly
 * one ZK in the ERP (read from the ERP, under the order's own key), waited for up to `timeoutMs`.
 */
export async function checkEveryOrderOnce(options: {
  sandbox: Kysely<TSubiektDatabase>;
  sent: TSent[];
  timeoutMs: number;
}) {
  const accepted = options.sent.filter((order) => order.orderId);
  // A fresh database where only this shop sends orders: every stored order is one of ours.
  const stored = await getDb().order.count();
  const wanted = new Set(accepted.map((order) => orderKey(String(order.orderId), "order")));
  const zkCounts = async () => {
    const rows = await options.sandbox
      .selectFrom("dok__Dokument")
      .select("dok_NrPelnyOryg")
      .where("dok_NrPelnyOryg", "is not", null)
      .execute();
    const counts = new Map<string, number>();
    for (const row of rows) {
      const key = keyOfStored(row.dok_NrPelnyOryg);
      if (key && wanted.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const deadline = Date.now() + options.timeoutMs;
  let zkPerOrder = await zkCounts();
  while (zkPerOrder.size < wanted.size && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    zkPerOrder = await zkCounts();
  }
  const counts = [...zkPerOrder.values()];
  return {
    sentByChannels: options.sent.length,
    neverAccepted: options.sent.length - accepted.length,
    storedOrders: stored,
    ordersWithoutZk: wanted.size - zkPerOrder.size,
    ordersWithSeveralZk: counts.filter((count) => count > 1).length,
  };
}
