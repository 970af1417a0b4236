import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { AgentProcess } from "../support/agent-process.ts";
import { freePort } from "../support/free-port.ts";
import { recordPageLoads, signInAsStaff, startDemo, stopDemo } from "./demo-portal.ts";

/**
 * Generous on purpose: the machine running this is loaded. The demo's stall on its one database
 * connection made pages take 17–61 s; figures for "under 2 s" come from `npm run bench:demo`.
 */
const SLOWEST_PAGE_MS = 15_000;

async function checkStep(page: Page, passed: string | RegExp) {
  await page.getByRole("button", { name: "Sprawdź w ERP" }).click();
  await expect(page.getByRole("status").filter({ hasText: passed }).first()).toBeVisible({ timeout: 30_000 });
}

async function nextStep(page: Page, title: string) {
  await page.getByRole("button", { name: "Dalej" }).click();
  await expect(page.getByRole("heading", { name: title, level: 3 })).toBeVisible();
}

test("a newcomer's demo: npm start, the wizard with demo:agent, the first sync, stock and an order through the API, the report, the agent going offline", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(420_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-demo-"));
  const demo = startDemo({ dataDir, port: await freePort() });
  const portal = demo.url;
  const loads = recordPageLoads(page);
  let agent: AgentProcess | undefined;
  try {
    await signInAsStaff({ page, portal, output: await demo.ready });

    // As the README says: Klienci, a new company, its wizard.
    await page.getByRole("link", { name: "Klienci" }).click();
    const form = page.locator("form", { has: page.getByRole("button", { name: "Dodaj firmę" }) });
    await form.getByLabel("Nazwa").fill("Salon Demo");
    await form.getByRole("button", { name: "Dodaj firmę" }).click();
    await expect(page.getByRole("heading", { name: "Salon Demo" })).toBeVisible();
    const companyId = /\/clients\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
    // No agent yet: the dashboard does not claim that all is well.
    await expect(page.locator('[data-note="noAgent"]')).toContainText("nie ma jeszcze agenta");
    await expect(page.getByTestId("alerts-none")).toHaveCount(0);
    await page.getByRole("link", { name: "Uruchom kreator konfiguracji" }).click();

    // 1. The agent: the demo command from the code panel, in a second terminal.
    await page.getByLabel("Nazwa nowego agenta").fill("Serwer demo");
    await page.getByRole("button", { name: "Utwórz agenta i pokaż kod" }).click();
    const code = (await page.getByTestId("enrollment-code").textContent()) ?? "";
    await expect(page.getByTestId("demo-agent-hint")).toContainText(
      `npm run demo:agent -- --code ${code} --portal ${portal}`,
    );
    agent = new AgentProcess({
      entry: "tools/demo-agent/main.ts",
      args: ["--code", code, "--portal", portal],
      env: { DATA_DIR: dataDir },
    });
    await agent.waitFor((log) => log.msg.startsWith("demo:agent  Agent connected"), 90_000);
    await expect(page.getByTestId("setup-agent-status")).toHaveAttribute("data-status", "online");
    await checkStep(page, /^Agent Serwer demo jest połączony/);

    // 2. Scope, as it comes.
    await nextStep(page, "Zakres");
    await checkStep(page, "Zakres sprawdzony.");

    // 3. Warehouses: the main one is the store, a showroom for click-and-collect.
    await nextStep(page, "Magazyny");
    await page.getByRole("button", { name: "Wczytaj listy z ERP" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Wczytano z ERP: magazyny 5" })).toBeVisible({
      timeout: 30_000,
    });
    await page.getByLabel("Rola magazynu MAG Magazyn główny").selectOption({ label: "sklep" });
    await page
      .getByLabel(/^Rola magazynu /)
      .nth(1)
      .selectOption({ label: "salon" });
    await checkStep(page, /Sklep: MAG \(Magazyn główny\)\. Salony: /);

    // 4. Product codes: the sample ERP's goods in stock are suggested; one picked, then checked.
    await nextStep(page, "Identyfikacja towarów");
    const suggestions = page.getByRole("table", { name: "Towary w ERP" });
    await expect(suggestions.locator("caption")).toHaveText(/^Propozycje z ERP/, { timeout: 30_000 });
    const [sku, other] = await suggestions.locator("tbody tr td:first-child").allTextContents();
    const otherName = (await suggestions.locator(`[data-testid="erp-product-${other}"] td`).nth(1).textContent()) ?? "";
    const vatRate = parseInt(
      (await suggestions.locator(`[data-testid="erp-product-${sku}"] td`).nth(3).textContent()) ?? "",
    );
    await suggestions.getByRole("button", { name: `Wybierz ${sku}` }).click();
    await expect(page.getByLabel("Kody towarów (SKU), po jednym w wierszu")).toHaveValue(sku ?? "");
    await checkStep(page, "Znaleziono w ERP: 1.");

    // 5. The order workflow starts from mappings that match the sample ERP, marked as suggestions.
    await nextStep(page, "Obieg zamówień");
    await expect(page.getByTestId("mapping-suggestions")).toContainText("pasują do przykładowej bazy", {
      timeout: 30_000,
    });
    const payments = page.getByRole("group", { name: "Metody płatności" });
    await expect(payments.getByLabel("Kod płatności w kanale 1")).toHaveValue("przelew");
    const delivery = page.getByRole("group", { name: "Metody dostawy" });
    await expect(delivery.getByLabel("Kod dostawy w kanale 1")).toHaveValue("kurier");
    await expect(delivery.getByLabel("Kod dostawy w kanale 3")).toHaveValue("salon");
    const sample = page.getByRole("group", { name: "Zamówienie próbne" });
    await expect(sample.getByLabel("Towar")).toHaveValue(sku ?? "");
    await expect(sample.getByLabel("Metoda dostawy")).toHaveValue("kurier");
    await expect(sample.getByLabel("Metoda płatności")).toHaveValue("przelew");
    // Another product for the sample order, found by its name.
    await page.getByLabel("Symbol, EAN lub nazwa").fill(otherName);
    await page.getByRole("button", { name: "Szukaj w ERP" }).click();
    await page
      .getByRole("table", { name: "Towary w ERP" })
      .getByRole("button", { name: `Wybierz ${other}` })
      .click();
    await expect(sample.getByLabel("Towar")).toHaveValue(other ?? "");
    await page.getByRole("button", { name: "Sprawdź w ERP" }).click();
    await expect(page.getByRole("status", { name: "Podgląd ZK" }).getByTestId("dry-run-number")).toHaveText(/^ZK \d+/, {
      timeout: 30_000,
    });

    // 6. Save: the first sync starts.
    await nextStep(page, "Podsumowanie i zapis");
    await page.getByRole("button", { name: "Zapisz i uruchom synchronizację" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zapisano integrację (wersja 1)." })).toBeVisible({
      timeout: 30_000,
    });

    // 7. A channel and its API key.
    const newChannel = page.getByRole("region", { name: "Nowy kanał" });
    await newChannel.getByLabel("Nazwa").fill("Sklep WWW");
    await newChannel.getByLabel("Rodzaj").selectOption({ label: "sklep internetowy" });
    await newChannel.getByLabel(/\(sklep\)$/).check();
    await newChannel.getByRole("button", { name: "Utwórz kanał" }).click();
    const channel = page.getByRole("region", { name: "Sklep WWW" });
    await channel.getByLabel("Nazwa klucza").fill("Sklep demo");
    await channel.getByRole("button", { name: "Nowy klucz API" }).click();
    const key = (await channel.getByTestId("api-key-secret").textContent()) ?? "";
    expect(key).toMatch(/^ebk_/);
    await nextStep(page, "Gotowe");

    // The first sync finishes while staff watch.
    await page.getByRole("link", { name: "Postęp synchronizacji" }).click();
    for (const [group, name] of [
      ["PRODUCTS", "Produkty"],
      ["PRICES", "Ceny"],
      ["STOCK", "Stany magazynowe"],
      ["DOCUMENTS", "Dokumenty"],
    ] as const) {
      await expect(page.getByRole("region", { name }).getByTestId(`group-run-status-${group}`)).toHaveText(
        "zakończona",
        { timeout: 120_000 },
      );
    }

    // Reopened, the saved wizard lands on the next useful step; its only agent is the one chosen.
    await page.goto(`${portal}/clients/${companyId}/setup`);
    await expect(page.getByRole("heading", { name: "Kanały i klucze API", level: 3 })).toBeVisible();
    await page.getByRole("button", { name: /^1\. Agent i połączenie z ERP/ }).click();
    await expect(page.getByTestId("setup-agent-status")).toHaveText("Serwer demo: online");

    // The channel sees stock with its new key.
    const auth = { authorization: `Bearer ${key}` };
    const stock = await request.get(`${portal}/api/v1/stock?limit=1000`, { headers: auth });
    expect(stock.status()).toBe(200);
    const items = ((await stock.json()) as { items: { sku: string; available: number }[] }).items;
    expect(items.find((item) => item.sku === sku)?.available).toBeGreaterThan(0);

    // An order through the API becomes a ZK in the sample ERP; paid, it gets its receipt.
    const posted = await request.post(`${portal}/api/v1/orders`, {
      headers: auth,
      data: {
        externalId: "WWW-DEMO-1",
        buyer: {
          name: "Anna Nowak",
          email: "anna.nowak@example.pl",
          address: { street: "Krótka 1", postalCode: "00-002", city: "Warszawa" },
        },
        lines: [{ product: { sku: sku ?? "" }, quantity: 1, unitGross: 100, vatRate }],
        deliveryMethod: "kurier",
        paymentMethod: "przelew",
        document: "receipt",
        totalGross: 100,
      },
    });
    expect(posted.status(), await posted.text()).toBe(201);
    const orderId = ((await posted.json()) as { order: { id: string } }).order.id;
    const paid = await request.post(`${portal}/api/v1/orders/${orderId}/payments`, {
      headers: auth,
      data: { amount: 100, method: "przelew", paidAt: new Date().toISOString(), reference: "DEMO-1" },
    });
    expect(paid.status(), await paid.text()).toBe(201);
    await page.goto(`${portal}/orders/${orderId}`);
    await expect(page.getByTestId("erp-order-number")).toHaveText(/^ZK \d+/, { timeout: 30_000 });
    await expect(page.getByTestId("erp-sale-number")).toHaveText(/^PA \d+/, { timeout: 30_000 });

    // The client's report: the receipt, once the documents sync copied it, under the channel.
    await expect(async () => {
      await page.goto(`${portal}/reports/${companyId}`);
      await expect(page.getByTestId("by-contact")).toContainText("Sklep WWW", { timeout: 1_000 });
    }).toPass({ timeout: 150_000, intervals: [5_000] });

    // The agent stops: the dashboard shows it offline at once, long before the alert threshold.
    await page.goto(`${portal}/clients/${companyId}`);
    const agentRow = page.locator('[data-testid^="dashboard-agent-"] [data-status]');
    await expect(agentRow).toHaveAttribute("data-status", "online");
    expect(await agent.stop()).toBe(0);
    await expect(agentRow).toHaveAttribute("data-status", "offline", { timeout: 30_000 });

    // Run again without a code, the demo agent reuses its enrollment and its ERP.
    agent = new AgentProcess({
      entry: "tools/demo-agent/main.ts",
      args: ["--portal", portal],
      env: { DATA_DIR: dataDir },
    });
    await agent.waitFor((log) => log.msg.startsWith("demo:agent  Agent connected"), 60_000);
    await expect(agentRow).toHaveAttribute("data-status", "online", { timeout: 30_000 });

    const slowest = [...loads].sort((a, b) => b.ms - a.ms).slice(0, 5);
    testInfo.annotations.push({ type: "slowest page loads", description: JSON.stringify(slowest) });
    expect(slowest[0]?.ms ?? 0, JSON.stringify(slowest)).toBeLessThan(SLOWEST_PAGE_MS);
  } finally {
    await agent?.stop();
    // The portal's shutdown waits for open responses: the page's live updates are one.
    await page.close();
    await stopDemo(demo.child);
    await rm(dataDir, { recursive: true, force: true });
  }
});
