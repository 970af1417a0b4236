import { randomBytes, randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { sql } from "kysely";
import { createSandbox, SMALL_SANDBOX } from "../integration/erp-sandbox/sandbox-fixture.ts";
import { seedCreditCustomers } from "../integration/orders/credit-fixture.ts";
import type { TIntegrationSettings } from "../../apps/portal/src/server/settings/integration-settings.ts";
import { seeded, signIn } from "./fixtures.ts";

type TSandbox = Awaited<ReturnType<typeof createSandbox>>;

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
async function startClient(options: { portalUrl: string; sandbox: TSandbox }) {
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

type TClient = Awaited<ReturnType<typeof startClient>>;

/** Two sellable products of the sandbox, in id order. */
async function products(sandbox: TSandbox) {
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

function buyer() {
  return {
    name: "Jan Kowalski",
    email: `jan.${randomBytes(3).toString("hex")}@example.pl`,
    phone: "600100200",
    address: { street: "Długa 5", postalCode: "00-001", city: "Warszawa" },
  };
}

/** Posts an order as the channel does; returns its id. */
async function postOrder(
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

function timeline(page: Page) {
  return page.getByRole("list", { name: "Historia zamówienia" }).getByRole("listitem");
}

test("staff watch an order reach the ERP, get paid, and bring refused orders back from the error queue", async ({
  page,
  request,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const sandbox = await createSandbox({ size: SMALL_SANDBOX });
  let client: TClient | undefined;
  try {
    const wired = await startClient({ portalUrl: baseURL ?? "", sandbox });
    client = wired;
    const [first, second] = await products(sandbox);
    await signIn(page, seeded().staff);

    // The agent reports its Sfera bridge: logged in as the dedicated operator, on the dashboard and
    // on the agents page (the status the agent sends after the session opens; reloaded until then).
    const sferaReady = "Sfera: zalogowana jako Integracja, Subiekt emulated";
    await page.goto(`/clients/${wired.companyId}`);
    const dashboardAgent = page.getByTestId(`dashboard-agent-${wired.agentId}`).locator("[data-sfera-state]");
    await expect(async () => {
      await page.reload();
      await expect(dashboardAgent).toHaveAttribute("data-sfera-state", "ready", { timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    await expect(dashboardAgent).toContainText(sferaReady);
    await page.goto("/agents");
    const agentsRow = page.getByTestId(`agent-${wired.agentId}`).locator("[data-sfera-state]");
    await expect(agentsRow).toHaveAttribute("data-sfera-state", "ready");
    await expect(agentsRow).toContainText(sferaReady);
    // Where the writers are chosen: why previews still go through SQL.
    await page.goto(`/clients/${wired.companyId}/integration`);
    await expect(page.getByTestId("writers-dry-run-note")).toContainText(
      "Podgląd (dry run) i sprawdzenie zapisu w ERP zawsze idą przez zapis SQL agenta",
    );

    // The agent is away when the order comes: staff see it wait, then arrive, without reloading.
    await wired.stopAgent();
    const externalId = `WWW-${randomBytes(3).toString("hex")}`;
    const orderId = await postOrder(request, wired, {
      externalId,
      lines: [
        { product: { sku: first.tw_Symbol }, quantity: 2, unitGross: 12.3, vatRate: 23 },
        { product: { sku: second.tw_Symbol }, quantity: 1, unitGross: 99.99, vatRate: 23 },
      ],
      totalGross: 124.59,
    });
    await page.goto(`/clients/${wired.companyId}`);
    await page.getByRole("navigation", { name: "Sekcje klienta" }).getByRole("link", { name: "Zamówienia" }).click();
    await expect(page.getByRole("combobox", { name: "Klient", exact: true })).toHaveValue(wired.companyId);
    const row = page.getByTestId(`order-${orderId}`);
    await expect(row).toContainText(externalId);
    await expect(row).toContainText("w drodze do ERP");
    await expect(row).toContainText(/124,59\s?zł/);
    await row.getByRole("link", { name: externalId }).click();

    await expect(page.getByRole("heading", { name: `Zamówienie ${externalId}` })).toBeVisible();
    await expect(timeline(page)).toHaveCount(1);
    await expect(timeline(page).first()).toContainText("Przyjęte z kanału");
    await expect(timeline(page).first()).toContainText("kanał Sklep WWW");
    await expect(page.getByTestId("erp-order-number")).toHaveText("—");
    await expect(page.getByTestId("order-total")).toHaveText(/124,59\s?zł/);
    // The channel's codes in words, through the integration's mappings; nothing paid yet, and said so.
    await expect(page.getByTestId("order-delivery")).toHaveText("kurier (kod w kanale: courier)");
    await expect(page.getByTestId("order-payment")).toHaveText("przelew (kod w kanale: payu)");
    await expect(page.getByTestId("order-paid-state")).toHaveText(
      "Jeszcze nie opłacone: brak zarejestrowanych płatności.",
    );

    await wired.startAgent();
    const zk = page.getByTestId("erp-order-number");
    await expect(zk).toHaveText(/^ZK \d+/, { timeout: 30_000 });
    const zkNumber = (await zk.textContent()) ?? "";
    await expect(timeline(page).nth(1)).toContainText("Zapisane w ERP");
    await expect(timeline(page).nth(1)).toContainText(zkNumber);
    await expect(page.getByTestId("erp-customer")).not.toHaveText("—");
    await expect(page.locator("header [data-status]")).toHaveText("przyjęte");

    // Only the moves the workflow allows are offered; the move is on the timeline under the staff e-mail.
    const move = page.getByRole("region", { name: "Status" });
    const choices = move.getByLabel("Nowy status").locator("option");
    await expect(choices).toHaveText(["w drodze do salonu", "wysłane", "zrealizowane", "anulowane"]);
    await move.getByLabel("Nowy status").selectOption({ label: "wysłane" });
    await move.getByLabel("Notatka (opcjonalnie)").fill("Kurier odebrał");
    await move.getByRole("button", { name: "Zmień status" }).click();
    await expect(move.getByRole("status")).toHaveText("Zmieniono status.");
    await expect(page.locator("header [data-status]")).toHaveText("wysłane");
    await expect(timeline(page).last()).toContainText("Zmiana statusu");
    await expect(timeline(page).last()).toContainText(seeded().staff.email);
    await expect(move.getByLabel("Nowy status").locator("option")).toHaveText(["zrealizowane"]);

    // The channel posts the payment: the page shows it, and then the receipt from the ERP.
    const paid = await request.post(`/api/v1/orders/${orderId}/payments`, {
      headers: { authorization: `Bearer ${wired.key}` },
      data: { amount: 124.59, method: "payu", paidAt: new Date().toISOString(), reference: `PAYU-${randomUUID()}` },
    });
    expect(paid.status()).toBe(201);
    await expect(page.getByTestId("order-paid")).toHaveText(/124,59\s?zł/);
    await expect(page.getByTestId("order-paid-state")).toContainText("Opłacone w całości");
    await expect(page.getByRole("table", { name: "Płatności" })).toContainText("przelew");
    await expect(page.getByTestId("erp-sale-number")).toHaveText(/^PA \d+/, { timeout: 30_000 });
    const paNumber = (await page.getByTestId("erp-sale-number").textContent()) ?? "";
    await expect(timeline(page).filter({ hasText: "Dokument sprzedaży w ERP" })).toContainText(paNumber);

    // A complaint from the channel: staff move it along its workflow.
    const complaint = await request.post(`/api/v1/orders/${orderId}/complaints`, {
      headers: { authorization: `Bearer ${wired.key}` },
      data: { description: "Porysowana obudowa", lines: [{ sku: first.tw_Symbol, quantity: 1 }] },
    });
    expect(complaint.status()).toBe(201);
    const complaints = page.getByRole("region", { name: "Zwroty i reklamacje" });
    const complaintRow = complaints.getByRole("row", { name: /Porysowana obudowa/ });
    await expect(complaintRow).toContainText("otwarta");
    await complaintRow.getByRole("button", { name: "Zmień na: w rozpatrzeniu" }).click();
    await expect(complaintRow).toContainText("w rozpatrzeniu");
    await complaintRow.getByRole("button", { name: "Zmień na: uznana" }).click();
    await expect(complaintRow).toContainText("uznana");
    await expect(timeline(page).last()).toContainText("Reklamacja: zmiana statusu");
    await page.screenshot({ path: testInfo.outputPath("order.png"), fullPage: true });

    // Two orders the ERP refuses: far more than the stock.
    const refused = async (suffix: string) => {
      const id = `WWW-${suffix}-${randomBytes(3).toString("hex")}`;
      const lines = [{ product: { sku: first.tw_Symbol }, quantity: 1_000_000, unitGross: 1, vatRate: 23 }];
      return { externalId: id, id: await postOrder(request, wired, { externalId: id, lines, totalGross: 1_000_000 }) };
    };
    const [one, two] = [await refused("A"), await refused("B")];
    // And one Subiekt itself refuses to save through Sfera: staff read Sfera's own message.
    wired.refuseNextOrderSave();
    const byCode = `WWW-C-${randomBytes(3).toString("hex")}`;
    const three = {
      externalId: byCode,
      id: await postOrder(request, wired, {
        externalId: byCode,
        lines: [{ product: { sku: second.tw_Symbol }, quantity: 1, unitGross: 99.99, vatRate: 23 }],
        totalGross: 99.99,
      }),
    };
    const sferaRefusal =
      "Subiekt odrzucił zapis zamówienia (ZK) przez Sferę. Komunikat Sfery: „Operator Integracja nie ma uprawnień do zapisu dokumentu w tym magazynie”";
    await page.goto(`/orders/${three.id}`);
    await expect(page.getByTestId("erp-error")).toHaveText(sferaRefusal, { timeout: 30_000 });
    await page.goto(`/orders/${one.id}`);
    await expect(page.getByTestId("erp-error")).toContainText("Za mało towaru: pozycja 1", { timeout: 30_000 });
    await expect(page.locator("header [data-erp-state]")).toHaveText("błąd");
    await page.getByRole("button", { name: "Podgląd ZK (dry run)" }).click();
    await expect(page.getByTestId("dry-run-problem")).toContainText(
      "ERP nie przyjąłby tego zamówienia. Za mało towaru",
    );
    await page.getByRole("link", { name: "Wszystkie zamówienia" }).click();
    await page.getByRole("combobox", { name: "Klient", exact: true }).selectOption({ label: wired.name });
    await page.getByRole("button", { name: "Filtruj" }).click();
    await expect(page).toHaveURL(new RegExp(`companyId=${wired.companyId}`));
    await page.screenshot({ path: testInfo.outputPath("orders.png"), fullPage: true });

    await page
      .getByRole("navigation", { name: "Widoki zamówień" })
      .getByRole("link", { name: /Kolejka błędów/ })
      .click();
    const queueRow = (order: { id: string }) => page.getByTestId(`queue-${order.id}`);
    for (const order of [one, two]) {
      await expect(queueRow(order)).toContainText(/Za mało towaru: pozycja 1 \(.+\) — zamówiono 1\s000\s000/, {
        timeout: 30_000,
      });
    }
    await expect(queueRow(three)).toContainText(sferaRefusal);
    await page.screenshot({ path: testInfo.outputPath("error-queue.png"), fullPage: true });

    // The ERP gets the goods; staff retry one order by ticking it and the other from its row.
    const product = await sandbox.db
      .selectFrom("tw__Towar")
      .select("tw_Id")
      .where("tw_Symbol", "=", first.tw_Symbol)
      .executeTakeFirstOrThrow();
    await sandbox.db
      .updateTable("tw_Stan")
      .set({ st_Stan: sql`"st_Stan" + 3000000` })
      .where("st_TowId", "=", product.tw_Id)
      .where("st_MagId", "=", wired.storeWarehouseId)
      .execute();
    // Before sending it, staff check what the ERP would write now.
    await queueRow(one).getByRole("link", { name: one.externalId }).click();
    await page.getByRole("button", { name: "Podgląd ZK (dry run)" }).click();
    const preview = page.getByRole("status", { name: "Podgląd ZK" });
    await expect(preview.getByTestId("dry-run-number")).toHaveText(/^ZK \d+/, { timeout: 30_000 });
    await expect(preview.getByRole("table", { name: "Pozycje ZK" })).toContainText(first.tw_Symbol);
    await expect(preview).toContainText(/Brutto\s*[\d\s]+,\d\d\szł/);
    await expect(page.getByTestId("erp-order-number")).toHaveText("—");
    await page.screenshot({ path: testInfo.outputPath("dry-run.png"), fullPage: true });
    await page.goBack();
    await queueRow(two)
      .getByRole("checkbox", { name: `Zaznacz ${two.externalId}` })
      .check();
    await page.getByRole("button", { name: "Ponów zaznaczone" }).click();
    await expect(page.getByRole("status")).toHaveText("Wysłano ponownie do ERP 1 zamówienie.");
    await expect(queueRow(two)).toHaveCount(0);
    for (const order of [one, three]) {
      await queueRow(order)
        .getByRole("button", { name: `Ponów ${order.externalId}` })
        .click();
      await expect(queueRow(order)).toHaveCount(0);
    }
    await expect(page.getByText("Kolejka błędów jest pusta")).toBeVisible();

    for (const order of [one, two, three]) {
      await page.goto(`/orders/${order.id}`);
      await expect(page.getByTestId("erp-order-number")).toHaveText(/^ZK \d+/, { timeout: 30_000 });
      await expect(timeline(page).filter({ hasText: "Ponowienie" })).toContainText(seeded().staff.email);
    }

    // A B2B order that would take its customer over the credit limit waits in the queue with the
    // reason in złote; staff release it and it goes to the ERP.
    const { nearLimit } = await seedCreditCustomers(sandbox.db);
    const b2bKey = await wired.holdB2bOnCredit();
    const heldId = `B2B-${randomBytes(3).toString("hex")}`;
    const held = {
      externalId: heldId,
      id: await postOrder(
        request,
        wired,
        {
          externalId: heldId,
          document: "invoice",
          buyer: { ...buyer(), companyName: "Hurtownia Test sp. z o.o.", nip: nearLimit.nip },
          lines: [{ product: { sku: second.tw_Symbol }, quantity: 2, unitGross: 99.99, vatRate: 23 }],
          totalGross: 199.98,
        },
        b2bKey,
      ),
    };
    // The channel reads the hold from the API too.
    const answer = await request.get(`/api/v1/orders/${held.id}`, { headers: { authorization: `Bearer ${b2bKey}` } });
    expect(await answer.json()).toMatchObject({ order: { erp: { state: "held", errorCode: "creditHold" } } });
    await page.goto(`/clients/${wired.companyId}/integration`);
    await expect(page.getByRole("radio", { name: /Wstrzymuj do decyzji personelu/ })).toBeChecked();
    await page.goto(`/orders?view=errors&companyId=${wired.companyId}`);
    await expect(queueRow(held)).toContainText(
      /saldo klienta 900,00\s?zł wraz z tym zamówieniem \(199,98\s?zł\) przekroczyłoby jego limit kredytu 1000,00\s?zł/,
    );
    await expect(queueRow(held).getByRole("checkbox")).toBeDisabled();
    await page.screenshot({ path: testInfo.outputPath("credit-hold.png"), fullPage: true });
    await queueRow(held)
      .getByRole("button", { name: `Zwolnij ${heldId}` })
      .click();
    await expect(page.getByRole("status")).toHaveText("Zwolniono do ERP 1 zamówienie.");
    await expect(queueRow(held)).toHaveCount(0);
    await page.goto(`/orders/${held.id}`);
    await expect(page.getByTestId("erp-order-number")).toHaveText(/^ZK \d+/, { timeout: 30_000 });
    await expect(page.getByTestId("erp-released")).toContainText(seeded().staff.email);
    await expect(timeline(page).filter({ hasText: "Zwolnione z wstrzymania" })).toContainText(seeded().staff.email);
  } finally {
    await client?.close();
    await sandbox.drop();
  }
});

test("client users get 404 for the order pages", async ({ page }) => {
  await signIn(page, seeded().clientA);
  for (const path of ["/orders", "/orders?view=errors", `/orders/${randomUUID()}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
  const version = await page.request.get(`/api/orders/${randomUUID()}/version`);
  expect(version.status()).toBe(404);
});
