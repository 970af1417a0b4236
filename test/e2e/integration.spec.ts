import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createSandbox, SMALL_SANDBOX } from "../integration/erp-sandbox/sandbox-fixture.ts";
import { seeded, signIn } from "./fixtures.ts";
import { installAgent, type TInstalledAgent } from "./install-agent.ts";

const GROUPS = [
  ["PRODUCTS", "Produkty"],
  ["PRICES", "Ceny"],
  ["STOCK", "Stany magazynowe"],
  ["CUSTOMERS", "Kontrahenci"],
  ["DOCUMENTS", "Dokumenty"],
] as const;

/** A new client company through the Clients page; returns its id from the page it lands on. */
async function createCompany(page: Page, name: string): Promise<string> {
  await page.goto("/clients");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Dodaj firmę" }) });
  await form.getByLabel("Nazwa").fill(name);
  await form.getByRole("button", { name: "Dodaj firmę" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  return /\/clients\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? "";
}

/** A new agent for the company through the Agents page; returns its one-time enrollment code. */
async function createAgent(page: Page, options: { company: string; name: string }): Promise<string> {
  await page.goto("/agents");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Utwórz i pokaż kod" }) });
  await form.getByLabel("Firma").selectOption({ label: options.company });
  await form.getByLabel("Nazwa").fill(options.name);
  await form.getByRole("button", { name: "Utwórz i pokaż kod" }).click();
  return (await page.getByTestId("enrollment-code").textContent()) ?? "";
}

function clientTab(page: Page, name: string) {
  return page.getByRole("navigation", { name: "Sekcje klienta" }).getByRole("link", { name, exact: true });
}

test("staff configure an integration, watch its first sync finish and read products with a channel key", async ({
  page,
  baseURL,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  const sandbox = await createSandbox({ size: SMALL_SANDBOX });
  let agent: TInstalledAgent | undefined;
  try {
    await signIn(page, seeded().staff);
    // Names of its own: a repeated run must not pick an earlier run's company in a select.
    const company = `Sklep ${randomBytes(4).toString("hex")}`;
    const companyId = await createCompany(page, company);
    const code = await createAgent(page, { company, name: "Serwer ERP" });
    agent = await installAgent({ portalUrl: baseURL ?? "", code, erpUrl: sandbox.url });

    await page.goto(`/clients/${companyId}`);
    await clientTab(page, "Integracja").click();
    await expect(page.getByRole("heading", { name: "Integracja z ERP" })).toBeVisible();
    await page.getByRole("combobox", { name: "Agent", exact: true }).selectOption({ label: "Serwer ERP (online)" });
    await page.getByRole("button", { name: "Wczytaj listy z ERP" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Wczytano z ERP: magazyny 5" })).toBeVisible();

    const roles = page.getByLabel(/^Rola magazynu /);
    await expect(roles).toHaveCount(SMALL_SANDBOX.warehouses);
    await page.getByLabel("Rola magazynu MAG Magazyn główny").selectOption({ label: "sklep" });
    await roles.nth(1).selectOption({ label: "salon" });

    const vat = page.getByRole("group", { name: "Stawki VAT" });
    await vat.getByRole("button", { name: "Dodaj wiersz" }).click();
    await vat.getByLabel("Stawka w kanale 1").fill("23");
    await vat.getByLabel("Stawka VAT w ERP 1").selectOption({ label: "23 (23%)" });
    const delivery = page.getByRole("group", { name: "Metody dostawy" });
    await delivery.getByRole("button", { name: "Dodaj wiersz" }).click();
    await delivery.getByLabel("Kod dostawy w kanale 1").fill("salon");
    await delivery.getByLabel("Rodzaj dostawy 1").selectOption({ label: "odbiór w salonie" });
    await delivery.getByLabel("Magazyn salonu 1").selectOption({ index: 1 });

    // A bad value is named next to its input, and nothing is saved.
    const stockInterval = page.getByLabel("Co ile sekund: Stany magazynowe");
    await stockInterval.fill("2");
    await page.getByRole("button", { name: "Zapisz integrację" }).click();
    await expect(stockInterval).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Co najmniej 5", { exact: true })).toBeVisible();

    // Long intervals: the first runs are the ones this test watches, not a later scheduled one.
    await stockInterval.fill("3600");
    await page.getByLabel("Co ile sekund: Dokumenty").fill("3600");
    await page.getByRole("button", { name: "Zapisz integrację" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zapisano integrację (wersja 1)." })).toBeVisible();
    await expect(stockInterval).not.toHaveAttribute("aria-invalid");
    await page.screenshot({ path: testInfo.outputPath("integration.png"), fullPage: true });

    // No reload from here: the page follows the runs through server-sent events.
    await clientTab(page, "Synchronizacja").click();
    for (const [group, name] of GROUPS) {
      const card = page.getByRole("region", { name });
      await expect(card.getByTestId(`group-run-status-${group}`)).toHaveText("zakończona", { timeout: 120_000 });
      await expect(card.getByTestId(`group-progress-${group}`)).toHaveJSProperty("position", 1);
      await expect(card.getByText("Ostatni sukces")).toBeVisible();
      await expect(card.locator("dd").first()).not.toHaveText("nigdy");
    }
    const runs = page.getByTestId(/^sync-run-/);
    await expect(runs.and(page.locator('[data-status="SUCCEEDED"]'))).toHaveCount(GROUPS.length);
    for (const progress of await runs.getByTestId("run-progress").all()) {
      await expect(progress).toHaveJSProperty("position", 1);
    }
    await page.screenshot({ path: testInfo.outputPath("sync.png"), fullPage: true });

    await page.goto("/sync");
    const overview = page.getByTestId(`overview-${companyId}`);
    await expect(overview.getByTestId("overview-PRODUCTS")).toContainText("OK");
    await expect(overview.locator("[data-status]")).toHaveAttribute("data-status", "online");

    await page.goto(`/clients/${companyId}/channels`);
    const newChannel = page.getByRole("region", { name: "Nowy kanał" });
    await newChannel.getByLabel("Nazwa").fill("Sklep WWW");
    await newChannel.getByLabel("Rodzaj").selectOption({ label: "sklep internetowy" });
    await newChannel.getByLabel("MAG — Magazyn główny (sklep)").check();
    await newChannel.getByRole("button", { name: "Utwórz kanał" }).click();
    await expect(newChannel.getByRole("status")).toHaveText("Utworzono kanał.");
    const channel = page.getByRole("region", { name: "Sklep WWW" });
    await expect(channel).toContainText("MAG — Magazyn główny (sklep)");

    await channel.getByLabel("Nazwa klucza").fill("Sklep produkcja");
    await channel.getByRole("button", { name: "Nowy klucz API" }).click();
    const key = (await channel.getByTestId("api-key-secret").textContent()) ?? "";
    expect(key).toMatch(/^ebk_/);
    await expect(channel.getByRole("row", { name: /Sklep produkcja/ })).toContainText("aktywny");

    const products = await request.get("/api/v1/products?limit=5", { headers: { authorization: `Bearer ${key}` } });
    expect(products.status()).toBe(200);
    const body: { items: { sku: string }[] } = await products.json();
    expect(body.items).toHaveLength(5);

    page.once("dialog", (dialog) => void dialog.accept());
    await channel.getByRole("button", { name: "Odwołaj klucz Sklep produkcja" }).click();
    await expect(channel.getByRole("row", { name: /Sklep produkcja/ })).toContainText("odwołany");
    const refused = await request.get("/api/v1/products?limit=5", { headers: { authorization: `Bearer ${key}` } });
    expect(refused.status()).toBe(401);

    await clientTab(page, "Historia zmian").click();
    const audit = page.getByRole("table");
    for (const entry of [/integracja\s*.*utworzenie/, /kanał\s*.*utworzenie/, /klucz API\s*.*odwołanie/]) {
      await expect(audit.getByRole("row", { name: entry }).first()).toBeVisible();
    }

    // Two editors from version 1: the second save is refused, not written over the first.
    const other = await page.context().newPage();
    await Promise.all([page, other].map((p) => p.goto(`/clients/${companyId}/integration`)));
    await other.getByRole("button", { name: "Zapisz integrację" }).click();
    await expect(other.getByRole("status").filter({ hasText: "Zapisano integrację (wersja 2)." })).toBeVisible();
    await page.getByRole("button", { name: "Zapisz integrację" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Ktoś inny zapisał tę integrację w międzyczasie." }),
    ).toBeVisible();
  } finally {
    await agent?.remove();
    await sandbox.drop();
  }
});

test("client users get 404 for a company's configuration tabs", async ({ page }) => {
  await signIn(page, seeded().clientA);
  for (const tab of ["integration", "sync", "channels", "audit"]) {
    const response = await page.goto(`/clients/${seeded().companyA.id}/${tab}`);
    expect(response?.status()).toBe(404);
  }
  const own = await page.goto(`/clients/${seeded().companyA.id}`);
  expect(own?.status()).toBe(200);
  await expect(page.getByRole("navigation", { name: "Sekcje klienta" })).toHaveCount(0);
  const events = await page.request.get(`/api/sync/events?companyId=${seeded().companyA.id}`);
  expect(events.status()).toBe(404);
});
