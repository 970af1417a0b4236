import http from "node:http";
import type { AddressInfo } from "node:net";
import { storedKey } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-key.ts";
import { sql } from "kysely";
import { ZOrderResponse, type TOrderView } from "@erp-bridge/shared";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import {
  DEFAULT_SETTINGS,
  type TIntegrationSettings,
} from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { orderKey } from "../../../apps/portal/src/server/orders/order-keys.ts";
import { portalRequestListener } from "../../../apps/portal/src/server/boot/portal-requests.ts";
import { startOrderEngine } from "../../../apps/portal/src/server/boot/engines/start-order-engine.ts";
import { startSyncEngine } from "../../../apps/portal/src/server/boot/engines/start-sync-engine.ts";
import { makeChannelWithKey } from "../channel-api/channel-fixture.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { configureIntegration, finishedRun } from "../sync/sync-fixture.ts";
import { eventually } from "../../support/eventually.ts";
import { startTcpProxy } from "../../support/tcp-proxy.ts";
import { bridgesRunning, emulatedBridge, faultPlan, LOGIN } from "../../support/sfera/bridges.ts";
import { enrolledAgent, startHub } from "../../support/tunnel-harness.ts";

const OFF = { enabled: false, direction: "erp_to_portal", intervalSeconds: 3600 } as const;
const FAST = { enabled: true, direction: "erp_to_portal", intervalSeconds: 5 } as const;

/**
 * A client wired end to end: the hub and the sync and order engines in this process, the real
 * agent on a sandbox ERP, products in the cloud copy, an integration with a store and a showroom
 * warehouse, courier and showroom-pickup delivery, and a store channel with an API key.
 */
export async function startOrderWorld(
  options: {
    viaProxy?: boolean;
    sfera?: boolean;
    saleDocuments?: TIntegrationSettings["saleDocuments"];
    /** Prices, customers and promotions sync too (every 5 s), and the world waits for their first runs. */
    customerPrices?: boolean;
    /** Hold B2B orders on credit: the customers sync (balances, overdue amounts) runs too. */
    creditHolds?: TIntegrationSettings["creditHolds"];
  } = {},
) {
  const [hub, sandbox] = await Promise.all([startHub(), createSandbox({ size: SMALL_SANDBOX })]);
  // A relay the test can cut under the agent's live connection.
  const proxy = options.viaProxy ? await startTcpProxy({ targetPort: hub.port }) : null;
  // With `sfera`, the agent runs the emulated Sfera bridge and the integration has it issue every document.
  const faults = options.sfera ? faultPlan() : null;
  const bridge = faults ? emulatedBridge({ erpUrl: sandbox.url, faults }) : null;
  const agent = await enrolledAgent({
    portalUrl: proxy?.url ?? hub.url,
    erpUrl: sandbox.url,
    ...(bridge && { sfera: { ...LOGIN, bridgePath: bridge.command, bridgeArgs: bridge.args } }),
  });
  let process = agent.run();
  await process.waitFor((log) => log.msg === "connected");
  const stopSync = await startSyncEngine();
  const stopOrders = await startOrderEngine();
  const warehouses = await sandbox.db
    .selectFrom("sl_Magazyn")
    .select(["mag_Id", "mag_Symbol"])
    .orderBy("mag_Id")
    .execute();
  const [store, showroom, second] = warehouses;
  if (!store || !showroom || !second) throw new Error("the sandbox has three warehouses or more");
  const since = new Date();
  await configureIntegration({
    companyId: agent.companyId,
    agentId: agent.agentId,
    settings: {
      dataGroups: options.customerPrices
        ? { ...DEFAULT_SETTINGS.dataGroups, stock: OFF, prices: FAST, customers: FAST, promotions: FAST }
        : {
            ...DEFAULT_SETTINGS.dataGroups,
            prices: OFF,
            stock: OFF,
            customers: options.creditHolds ? { ...OFF, enabled: true } : OFF,
            promotions: OFF,
          },
      warehouses: [
        { erpId: store.mag_Id, role: "store" },
        { erpId: second.mag_Id, role: "store" },
        { erpId: showroom.mag_Id, role: "showroom" },
      ],
      deliveryMethods: [
        { channelCode: "courier", kind: "courier", showroomWarehouseId: null },
        { channelCode: "pickup", kind: "showroom_pickup", showroomWarehouseId: showroom.mag_Id },
      ],
      paymentMethods: [{ channelCode: "payu", erpName: "transfer", prepaid: true }],
      ...(options.sfera && { writers: { order: "sfera", sale: "sfera", return: "sfera", transfer: "sfera" } }),
      ...(options.saleDocuments && { saleDocuments: options.saleDocuments }),
      ...(options.creditHolds && { creditHolds: options.creditHolds }),
    },
  });
  await finishedRun({ companyId: agent.companyId, group: "PRODUCTS", since });
  if (options.customerPrices) {
    for (const group of ["PRICES", "CUSTOMERS", "PROMOTIONS"] as const) {
      await finishedRun({ companyId: agent.companyId, group, since });
    }
  } else if (options.creditHolds) {
    await finishedRun({ companyId: agent.companyId, group: "CUSTOMERS", since });
  }
  const { key, channel } = await makeChannelWithKey({ companyId: agent.companyId });
  return {
    hub,
    proxy,
    sandbox,
    agent,
    key,
    channel,
    warehouses: { store, showroom, second },
    /** The emulated Sfera bridge's fault plan (with `sfera`). */
    faults,
    /** The agent process now running (replaced by restartAgent). */
    agentProcess: () => process,
    async restartAgent() {
      process = agent.run();
      await process.waitFor((log) => log.msg === "connected");
    },
    async close() {
      await stopOrders();
      await stopSync();
      await agent.cleanup();
      for (const pid of faults ? bridgesRunning(faults) : []) globalThis.process.kill(pid, "SIGKILL");
      await proxy?.close();
      await hub.close();
      await sandbox.drop();
    },
  };
}

export type TOrderWorld = Awaited<ReturnType<typeof startOrderWorld>>;

type TRouteModule = Record<string, unknown>;

let portalListener: Promise<string> | undefined;

/**
 * The portal's own request listener (what its port answers) on a loopback port, with Next's
 * handler standing in as a 404: the routes the custom server serves itself, over real HTTP.
 */
function portalListenerUrl(): Promise<string> {
  portalListener ??= new Promise((resolve) => {
    const server = http.createServer(
      portalRequestListener({ next: async (_req, res) => void res.writeHead(404).end() }),
    );
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
    server.unref();
  });
  return portalListener;
}

/**
 * Calls a channel API route (GET or POST) as the portal answers it: `POST orders` through the
 * portal's own listener over HTTP (the custom server serves the intake itself), the rest through
 * the route module as Next would call it.
 */
export async function callApi(options: {
  method: "GET" | "POST";
  route: string;
  key: string;
  params?: Record<string, string>;
  /** The query string, from its "?". */
  query?: string;
  body?: unknown;
  rawBody?: string;
  contentType?: string;
}) {
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const headers = {
    authorization: `Bearer ${options.key}`,
    ...(body !== undefined && { "content-type": options.contentType ?? "application/json" }),
  };
  if (options.method === "POST" && options.route === "orders") {
    const url = `${await portalListenerUrl()}/api/v1/orders${options.query ?? ""}`;
    const response = await fetch(url, { method: "POST", headers, ...(body !== undefined && { body }) });
    return { status: response.status, body: (await response.json()) as unknown };
  }
  const url = new URL(`../../../apps/portal/src/app/api/v1/${options.route}/route.ts`, import.meta.url);
  const module = (await import(/* @vite-ignore */ url.href)) as TRouteModule;
  const handler = module[options.method];
  if (typeof handler !== "function") throw new Error(`${options.route} has no ${options.method}`);
  const request = new Request(`http://portal.test/api/v1/${options.route}${options.query ?? ""}`, {
    method: options.method,
    headers,
    ...(body !== undefined && { body }),
  });
  const response = (await handler(request, { params: Promise.resolve(options.params ?? {}) })) as Response;
  return { status: response.status, body: (await response.json()) as unknown };
}

/** A valid order for the sandbox's products 3 and 4 (2 + 1 pieces); override any field. */
export async function sampleOrder(world: TOrderWorld, overrides: Record<string, unknown> = {}) {
  const products = await world.sandbox.db
    .selectFrom("tw__Towar")
    .select(["tw_Id", "tw_Symbol"])
    .where("tw_Usuniety", "=", false)
    .where("tw_Zablokowany", "=", false)
    .orderBy("tw_Id")
    .limit(2)
    .execute();
  const [a, b] = products;
  if (!a || !b) throw new Error("two products");
  return {
    externalId: `WWW-${Math.random().toString(36).slice(2, 10)}`,
    buyer: {
      name: "Jan Kowalski",
      email: `jan.${Math.random().toString(36).slice(2, 8)}@example.pl`,
      phone: "600100200",
      address: { street: "Długa 5", postalCode: "00-001", city: "Warszawa" },
    },
    lines: [
      { product: { sku: a.tw_Symbol }, quantity: 2, unitGross: 12.3, vatRate: 23 },
      { product: { sku: b.tw_Symbol }, quantity: 1, unitGross: 99.99, vatRate: 23 },
    ],
    deliveryMethod: "courier",
    paymentMethod: "payu",
    document: "receipt",
    totalGross: 124.59,
    ...overrides,
  };
}

export function orderOf(body: unknown): TOrderView {
  return ZOrderResponse.parse(body).order;
}

/** Waits until the order (read through the API) satisfies `done`. */
export async function orderWhen(
  world: TOrderWorld,
  id: string,
  done: (order: TOrderView) => boolean,
  timeoutMs = 20_000,
) {
  return eventually(
    async () => {
      const { body } = await callApi({ method: "GET", route: "orders/[id]", key: world.key, params: { id } });
      const order = orderOf(body);
      return done(order) ? order : undefined;
    },
    { what: `order ${id}`, timeoutMs },
  );
}

/** ERP documents written for an order (by their external key prefix), by type. */
export async function erpDocumentsOf(world: TOrderWorld, orderId: string) {
  const rows = await world.sandbox.db
    .selectFrom("dok__Dokument")
    .select(["dok_Id", "dok_Typ", "dok_NrPelny", "dok_NrPelnyOryg", "dok_MagId", "dok_Status"])
    .where(sql<boolean>`"dok_NrPelnyOryg" like ${`${storedKey(orderKey(orderId, "order")) ?? ""}%`}`)
    .execute();
  return rows;
}

export async function orderCount(companyId: string): Promise<number> {
  return getDb().order.count({ where: { companyId } });
}
