/**
 * A client wired to a sandbox ERP through the real agent, and the channel's side of orders: the
 * set-up orders.spec.ts and credit-holds.spec.ts share.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { createSandbox } from "../integration/erp-sandbox/sandbox-fixture.ts";
import type { TIntegrationSettings } from "../../apps/portal/src/server/settings/integration-settings.ts";

export type TSandbox = Awaited<ReturnType<typeof createSandbox>>;

const OFF = { enabled: false, direction: "erp_to_portal", intervalSeconds: 3600 } as const;

/**
 * The portal's domain layer on the e2e database, for the setup integration.spec.ts already
 * clicks through (agent, integration, channel key). Loaded on first use: the database exists
 * only once global setup ran, and the portal's env module reads DATABASE_URL when it loads.
 */
async function loadDomain() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is set by global-setup");
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  process.env.SECRETS_KEY ??= randomBytes(32).toString("hex");
  process.env.WEBHOOK_ALLOWED_HOSTS ??= "127.0.0.1,localhost";
  const [factories, harness, bridges, syncFixture, channelFixture, settings, db, bus] = await Promise.all([
    import("../support/factories.ts"),
    import("../support/tunnel-harness.ts"),
    import("../support/sfera/bridges.ts"),
    import("../integration/sync/sync-fixture.ts"),
    import("../integration/channel-api/channel-fixture.ts"),
    import("../../apps/portal/src/server/settings/integration-settings.ts"),
    import("../../apps/portal/src/server/platform/database/db.ts"),
    import("../../apps/portal/src/server/agent-link/subscribe.ts"),
  ]);
  return { ...factories, ...harness, ...bridges, ...syncFixture, ...channelFixture, ...settings, ...db, ...bus };
}

/**
 * A client wired to a sandbox ERP through the real agent (connected to the e2e portal), with
 * products in the cloud copy, two store warehouses, courier delivery, PayU mapped to a transfer,
 * and a store channel with an API key. Its documents are issued through Sfera: the agent runs the
 * emulated bridge (writing into the sandbox as SferaBridge.exe would through Subiekt), whose fault
 * plan can make Subiekt refuse the next save.
 */
export async function startClient(options: { portalUrl: string; sandbox: TSandbox }) {
  const domain = await loadDomain();
  const name = `Sklep zamówień ${randomBytes(3).toString("hex")}`;
  const company = await domain.makeCompany({ name });
  const faults = domain.faultPlan();
  const bridge = domain.emulatedBridge({ erpUrl: options.sandbox.url, faults });
  const agent = await domain.enrolledAgent({
    portalUrl: options.portalUrl,
    companyId: company.id,
    erpUrl: options.sandbox.url,
    sfera: { ...domain.LOGIN, bridgePath: bridge.command, bridgeArgs: bridge.args },
  });
  let running = agent.run();
  await running.waitFor((log) => log.msg === "connected");
  const [store, showroom, second] = await options.sandbox.db
    .selectFrom("sl_Magazyn")
    .select("mag_Id")
    .orderBy("mag_Id")
    .execute();
  if (!store || !showroom || !second) throw new Error("the sandbox has three warehouses or more");
  const since = new Date();
  const dataGroups = { ...domain.DEFAULT_SETTINGS.dataGroups, prices: OFF, stock: OFF, customers: OFF, documents: OFF };
  const settings: Partial<TIntegrationSettings> = {
    dataGroups,
    warehouses: [
      { erpId: store.mag_Id, role: "store" },
      { erpId: second.mag_Id, role: "store" },
      { erpId: showroom.mag_Id, role: "showroom" },
    ],
    deliveryMethods: [{ channelCode: "courier", kind: "courier", showroomWarehouseId: null }],
    paymentMethods: [{ channelCode: "payu", erpName: "transfer", prepaid: true }],
    writers: { order: "sfera", sale: "sfera", return: "sfera", transfer: "sfera" },
  };
  await domain.configureIntegration({ companyId: company.id, agentId: agent.agentId, settings });
  await domain.finishedRun({ companyId: company.id, group: "PRODUCTS", since });
  const { key } = await domain.makeChannelWithKey({ companyId: company.id, channel: { name: "Sklep WWW" } });
  return {
    companyId: company.id,
    agentId: agent.agentId,
    name,
    key,
    storeWarehouseId: store.mag_Id,
    /** Subiekt refuses the next ZK save through Sfera, in its own words (emulated/faults.ts). */
    refuseNextOrderSave() {
      writeFileSync(faults, JSON.stringify({ "order.create": "refuse-save" }));
    },
    /**
     * Holds B2B orders on credit (over the limit, overdue more than 30 days): the customers sync is
     * switched on and has run. Returns the key of a new B2B channel.
     */
    async holdB2bOnCredit() {
      const switched = new Date();
      await domain.configureIntegration({
        companyId: company.id,
        agentId: agent.agentId,
        settings: {
          ...settings,
          dataGroups: { ...dataGroups, customers: { ...OFF, enabled: true } },
          creditHolds: { policy: "hold", overLimit: true, overdueDays: 30 },
        },
      });
      const run = await domain.finishedRun({ companyId: company.id, group: "CUSTOMERS", since: switched });
      expect(run).toMatchObject({ status: "SUCCEEDED", errorMessage: null });
      const b2b = await domain.makeChannelWithKey({ companyId: company.id, channel: { name: "B2B", kind: "B2B" } });
      return b2b.key;
    },
    async stopAgent() {
      await running.stop();
    },
    async startAgent() {
      running = agent.run();
      await running.waitFor((log) => log.msg === "connected");
    },
    async close() {
      await agent.cleanup();
      await domain.closeBus();
      await domain.disconnectDb();
    },
  };
}

export type TClient = Awaited<ReturnType<typeof startClient>>;

/** Two sellable products of the sandbox, in id order. */
export async function products(sandbox: TSandbox) {
  const rows = await sandbox.db
    .selectFrom("tw__Towar")
    .select(["tw_Id", "tw_Symbol"])
    .where("tw_Usuniety", "=", false)
    .where("tw_Zablokowany", "=", false)
    .orderBy("tw_Id")
    .limit(2)
    .execute();
  const [a, b] = rows;
  if (!a || !b) throw new Error("two products");
  return [a, b] as const;
}

export function buyer() {
  return {
    name: "Jan Kowalski",
    email: `jan.${randomBytes(3).toString("hex")}@example.pl`,
    phone: "600100200",
    address: { street: "Długa 5", postalCode: "00-001", city: "Warszawa" },
  };
}

/** Posts an order as the channel does; returns its id. */
export async function postOrder(
  request: APIRequestContext,
  client: TClient,
  order: Record<string, unknown>,
  key = client.key,
) {
  const response = await request.post("/api/v1/orders", {
    headers: { authorization: `Bearer ${key}` },
    data: { buyer: buyer(), deliveryMethod: "courier", paymentMethod: "payu", document: "receipt", ...order },
  });
  expect(response.status()).toBe(201);
  const body: { order: { id: string } } = await response.json();
  return body.order.id;
}

export function timeline(page: Page) {
  return page.getByRole("list", { name: "Historia zamówienia" }).getByRole("listitem");
}

/** An order's row in the error queue. */
export function queueRow(page: Page, order: { id: string }) {
  return page.getByTestId(`queue-${order.id}`);
}
