import { randomBytes } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { seeded, signIn } from "./fixtures.ts";

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const ENABLED = ["PRODUCTS", "PRICES", "STOCK", "CUSTOMERS"] as const;

test.use({ viewport: DESKTOP });

/**
 * The portal's domain layer on the e2e database, to give a client agents, an integration and
 * orders without clicking through pages other specs cover. Loaded on first use: the database
 * exists only once global setup ran, and the portal's env module reads DATABASE_URL when it loads.
 */
async function loadDomain() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is set by global-setup");
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  process.env.SECRETS_KEY ??= randomBytes(32).toString("hex");
  process.env.WEBHOOK_ALLOWED_HOSTS ??= "127.0.0.1,localhost";
  const [factories, agents, harness, syncFixture, channelFixture, settings, orders, db, bus] = await Promise.all([
    import("../support/factories.ts"),
    import("../support/agent-factories.ts"),
    import("../support/tunnel-harness.ts"),
    import("../integration/sync/sync-fixture.ts"),
    import("../integration/channel-api/channel-fixture.ts"),
    import("../../apps/portal/src/server/settings/integration-settings.ts"),
    import("../../apps/portal/src/server/orders/accept-order.ts"),
    import("../../apps/portal/src/server/platform/database/db.ts"),
    import("../../apps/portal/src/server/agent-link/subscribe.ts"),
  ]);
  return {
    ...factories,
    ...agents,
    ...harness,
    ...syncFixture,
    ...channelFixture,
    ...settings,
    ...orders,
    ...db,
    ...bus,
  };
}

/**
 * A client whose integration uses an agent that is away (its syncs fail, its orders wait for the
 * ERP), with a second agent connected to the portal and documents switched off; an order the
 * portal refused (its delivery method was not mapped yet) and two waiting for the ERP.
 */
async function startClient(portalUrl: string) {
  const domain = await loadDomain();
  const company = await domain.makeCompany({ name: `Pulpit ${randomBytes(3).toString("hex")}` });
  const away = await domain.makeReportingAgent({ companyId: company.id });
  const spare = await domain.enrolledAgent({ portalUrl, companyId: company.id });
  const running = spare.run();
  await running.waitFor((log) => log.msg === "connected");
  const dataGroups = {
    ...domain.DEFAULT_SETTINGS.dataGroups,
    documents: { ...domain.DEFAULT_SETTINGS.dataGroups.documents, enabled: false },
  };
  await domain.configureIntegration({ companyId: company.id, agentId: away.agentId, settings: { dataGroups } });
  const { channel } = await domain.makeChannelWithKey({ companyId: company.id });
  await domain.upsertProduct({ companyId: company.id, erpId: 1, sku: "A-1" });
  const order = async () => {
    const { order } = await domain.acceptOrder({
      channel: { ...channel, companyId: company.id, erpType: "SUBIEKT_GT" },
      input: { ...domain.ONE_LINE_ORDER, externalId: `PULPIT-${randomBytes(3).toString("hex")}` },
    });
    return order.id;
  };
  const refused = await order();
  // The mappings orders need, written as saved settings are (saving checks them against the ERP,
  // which needs the agent that is away).
  await domain.getDb().integration.updateMany({
    where: { companyId: company.id },
    data: {
      settings: {
        ...domain.DEFAULT_SETTINGS,
        dataGroups,
        warehouses: [{ erpId: 1, role: "store" }],
        deliveryMethods: [{ channelCode: "courier", kind: "courier", showroomWarehouseId: null }],
      },
    },
  });
  await order();
  await order();
  return {
    companyId: company.id,
    awayAgentId: away.agentId,
    spareAgentId: spare.agentId,
    refused,
    order,
    stopSpare: () => running.stop(),
    async close() {
      await spare.cleanup();
      await domain.closeBus();
      await domain.disconnectDb();
    },
  };
}

function card(page: Page, name: string): Locator {
  return page.getByRole("region", { name, exact: true });
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** Presses Tab until `target` has the focus (a real, focusable link), at most `limit` times. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let n = 0; n < limit; n++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses`);
}

/** The dashboard's cards of a configured client, as staff see them. */
async function expectCards(
  page: Page,
  client: { awayAgentId: string; spareAgentId: string },
  spare: "online" | "offline",
) {
  for (const name of ["Integracja", "Agenci", "Zamówienia", "Synchronizacja", "Alerty"]) {
    await expect(card(page, name)).toBeVisible();
  }
  const agents = card(page, "Agenci");
  await expect(agents.getByTestId(`dashboard-agent-${client.awayAgentId}`).locator("[data-status]")).toHaveAttribute(
    "data-status",
    "offline",
  );
  await expect(agents.getByTestId(`dashboard-agent-${client.awayAgentId}`)).toContainText("Używany przez integrację");
  await expect(agents.getByTestId(`dashboard-agent-${client.spareAgentId}`).locator("[data-status]")).toHaveAttribute(
    "data-status",
    spare,
  );
  const sync = card(page, "Synchronizacja");
  for (const group of ENABLED) {
    await expect(sync.getByTestId(`dashboard-group-${group}`).locator("[data-status]")).toBeVisible();
  }
  await expect(sync.getByTestId("dashboard-group-DOCUMENTS")).toHaveCount(0);
  await expect(card(page, "Integracja")).toContainText("Konfiguracja w wersji 1");
  await expect(page.locator('[data-alert="ERROR_QUEUE"]')).toBeVisible();
}

test("staff follow a client's agents, syncs, orders and alerts live, at 1280 px and on a phone", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const client = await startClient(baseURL ?? "");
  try {
    await signIn(page, seeded().staff);
    await page.goto(`/clients/${client.companyId}`);
    const tabs = page.getByRole("navigation", { name: "Sekcje klienta" });
    await expect(tabs.getByRole("link", { name: "Pulpit", exact: true })).toHaveAttribute("aria-current", "page");
    await expectCards(page, client, "online");

    const orders = card(page, "Zamówienia");
    const waiting = orders.getByRole("link", { name: /^2\s*czeka na ERP$/ });
    const queue = orders.getByRole("link", { name: /^1\s*w kolejce błędów$/ });
    await expect(waiting).toHaveAttribute("href", `/orders?companyId=${client.companyId}&erpState=PENDING`);
    await expect(queue).toHaveAttribute("href", `/orders?view=errors&companyId=${client.companyId}`);
    await expect(orders.getByRole("link", { name: /^3\s*dzisiaj$/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Uruchom kreator konfiguracji" })).toHaveCount(0);
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: testInfo.outputPath("dashboard-desktop.png"), fullPage: true });

    // Live, without a reload: another order arrives, then the connected agent goes away.
    await client.order();
    await expect(orders.getByRole("link", { name: /^3\s*czeka na ERP$/ })).toBeVisible({ timeout: 20_000 });
    await expect(orders.getByRole("link", { name: /^4\s*dzisiaj$/ })).toBeVisible();
    await client.stopSpare();
    await expect(
      card(page, "Agenci").getByTestId(`dashboard-agent-${client.spareAgentId}`).locator("[data-status]"),
    ).toHaveAttribute("data-status", "offline");

    // The figures are real links: Tab reaches the error queue's and Enter opens the queue.
    await tabTo(page, queue);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/orders?view=errors&companyId=${client.companyId}`);
    await expect(page.getByTestId(`queue-${client.refused}`)).toBeVisible();

    // Across clients: the Integrations page names the same orders, linked to the same queue.
    await page.goto("/integrations");
    const row = page.getByTestId(`overview-${client.companyId}`);
    await expect(row.getByRole("link", { name: "czeka na ERP: 3" })).toBeVisible();
    await expect(row.getByTestId(`overview-errors-${client.companyId}`)).toHaveText("w kolejce błędów: 1");
    await expect(row.getByTestId(`overview-errors-${client.companyId}`)).toHaveAttribute(
      "href",
      `/orders?view=errors&companyId=${client.companyId}`,
    );

    const phone = await browser.newPage({ viewport: PHONE, baseURL });
    try {
      await signIn(phone, seeded().staff);
      await phone.goto(`/clients/${client.companyId}`);
      await expectCards(phone, client, "offline");
      await expectNoHorizontalScroll(phone);
      // Stacked: one card under another, each as wide as the column.
      const [agents, ordersCard] = [
        await card(phone, "Agenci").boundingBox(),
        await card(phone, "Zamówienia").boundingBox(),
      ];
      expect(agents && ordersCard && ordersCard.y >= agents.y + agents.height).toBe(true);
      expect(agents?.x).toBe(ordersCard?.x);
      expect(agents && agents.x + agents.width).toBeLessThanOrEqual(PHONE.width);
      await phone.screenshot({ path: testInfo.outputPath("dashboard-phone.png"), fullPage: true });
    } finally {
      await phone.close();
    }
  } finally {
    await client.close();
  }
});

test("a client without an integration is led to the setup wizard; its details have a tab of their own", async ({
  page,
}) => {
  const domain = await loadDomain();
  const company = await domain.makeCompany({ name: `Nowy klient ${randomBytes(3).toString("hex")}` });
  try {
    await signIn(page, seeded().staff);
    await page.goto(`/clients/${company.id}`);
    const start = card(page, "Integracja").getByRole("link", { name: "Uruchom kreator konfiguracji" });
    await expect(start).toHaveAttribute("href", `/clients/${company.id}/setup`);
    await expect(card(page, "Synchronizacja")).toContainText("Synchronizacja ruszy po skonfigurowaniu integracji.");
    await expect(card(page, "Agenci")).toContainText("Firma nie ma jeszcze agenta.");
    const tabs = page.getByRole("navigation", { name: "Sekcje klienta" });
    await expect(tabs.getByRole("link", { name: "Kreator", exact: true })).toHaveAttribute(
      "href",
      `/clients/${company.id}/setup`,
    );

    await tabs.getByRole("link", { name: "Dane firmy", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Edycja firmy" })).toBeVisible();
    await expect(page.getByLabel("Nazwa")).toHaveValue(company.name);
    await page.getByLabel("E-mail").fill("biuro@nowy.example.pl");
    await page.getByRole("button", { name: "Zapisz" }).click();
    await expect(page.getByRole("status")).toHaveText("Zapisano.");
    await page.reload();
    await expect(page.getByLabel("E-mail")).toHaveValue("biuro@nowy.example.pl");
  } finally {
    await domain.disconnectDb();
  }
});

test("a client user's pages carry no agent host name or ERP error text, which staff's pages show", async ({
  page,
  browser,
  baseURL,
}) => {
  const domain = await loadDomain();
  const company = await domain.makeCompany({ name: `Bez szczegółów ${randomBytes(3).toString("hex")}` });
  const client = await domain.makeUser({ role: "CLIENT", companyId: company.id });
  const { agentId } = await domain.makeEnrolledAgent({ companyId: company.id });
  const hostname = `srv-${randomBytes(4).toString("hex")}.biuro.local`;
  const erpError = `Login failed for user 'sa' ${randomBytes(4).toString("hex")}`;
  const since = new Date().toISOString();
  await domain.getDb().agent.update({
    where: { id: agentId },
    // Online as a connected agent reports itself (staff's pages show its ERP state only then).
    data: {
      online: true,
      lastSeenAt: new Date(),
      hostname,
      erpConfigured: true,
      erpReachable: false,
      erpMessage: erpError,
      sferaHealth: {
        state: "down",
        since,
        operator: null,
        subiektVersion: null,
        lastSaveAt: null,
        queueLength: 0,
        busy: null,
        restarts: 1,
        lastError: { code: "SFERA_LOGIN", message: erpError, retryable: true },
      },
    },
  });
  try {
    await signIn(page, { email: client.email, password: client.password });
    // Each page the client reaches, as HTML with the data its components were given.
    // (The staff dashboard answers them 404: tenancy.spec.ts opens every page both ways.)
    for (const url of ["/home", `/reports/${company.id}`]) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
      const html = await response.text();
      expect(html.includes(hostname), `${url} names the agent's host`).toBe(false);
      expect(html.includes(erpError), `${url} carries the ERP's error text`).toBe(false);
    }

    const staff = await browser.newPage({ baseURL });
    try {
      await signIn(staff, seeded().staff);
      await staff.goto("/agents");
      await expect(staff.getByTestId(`agent-${agentId}`)).toContainText(hostname);
      await expect(staff.getByTestId(`agent-${agentId}`)).toContainText(erpError);
      await staff.goto(`/clients/${company.id}`);
      await expect(card(staff, "Agenci")).toContainText(erpError);
    } finally {
      await staff.close();
    }
  } finally {
    await domain.disconnectDb();
  }
});
