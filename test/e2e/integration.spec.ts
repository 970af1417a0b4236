import { randomBytes } from "node:crypto";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { createSandbox, SMALL_SANDBOX } from "../integration/erp-sandbox/sandbox-fixture.ts";
import { makeFingerprint } from "../support/fingerprint-factory.ts";
import { createAgent, createCompany, seeded, signIn } from "./fixtures.ts";
import { installAgent, type TInstalledAgent } from "./install-agent.ts";

const GROUPS = [
  ["PRODUCTS", "Produkty"],
  ["PRICES", "Ceny"],
  ["STOCK", "Stany magazynowe"],
  ["CUSTOMERS", "Kontrahenci"],
  ["DOCUMENTS", "Dokumenty"],
  ["PROMOTIONS", "Promocje"],
] as const;

/**
 * Marks a channel as the stock webhook job marks it when the queue gives up (its last retry
 * failed): the integration test of deliverStockWebhooks proves that part; this, what staff see.
 */
async function markWebhookGivenUp(options: { companyId: string; channel: string; error: string }) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `UPDATE "SalesChannel" SET "webhookGaveUpAt" = now(), "webhookGaveUpError" = $3
       WHERE "companyId" = $1 AND "name" = $2`,
      [options.companyId, options.channel, options.error],
    );
  } finally {
    await client.end();
  }
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

    // The producer (Subiekt's field 1) goes to the channels; the other custom fields stay home.
    const customFields = page.getByRole("group", { name: "Pola własne towaru w API kanałów" });
    await customFields.getByRole("button", { name: "Dodaj wiersz" }).click();
    await customFields.getByLabel("Pole w ERP 1").selectOption({ label: "Pole własne 1" });
    const fieldName = customFields.getByLabel("Nazwa w API 1");
    await fieldName.fill("nr półki");

    // A bad value is named next to its input, and nothing is saved.
    const stockInterval = page.getByLabel("Co ile sekund: Stany magazynowe");
    await stockInterval.fill("2");
    await page.getByRole("button", { name: "Zapisz integrację" }).click();
    await expect(stockInterval).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Co najmniej 5", { exact: true })).toBeVisible();
    await expect(fieldName).toHaveAttribute("aria-invalid", "true");
    await expect(customFields.getByText(/^Nazwa w API: litery, cyfry i _/)).toBeVisible();
    await fieldName.fill("producer");

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
    await expect(channel.getByRole("alert")).toHaveCount(0);
    await markWebhookGivenUp({ companyId, channel: "Sklep WWW", error: "HTTP 503" });
    await page.reload();
    await expect(channel.getByRole("alert")).toContainText("kolejka zrezygnowała");
    await expect(channel.getByRole("alert")).toContainText("HTTP 503");

    await channel.getByLabel("Nazwa klucza").fill("Sklep produkcja");
    await channel.getByRole("button", { name: "Nowy klucz API" }).click();
    const key = (await channel.getByTestId("api-key-secret").textContent()) ?? "";
    expect(key).toMatch(/^ebk_/);
    await expect(channel.getByRole("row", { name: /Sklep produkcja/ })).toContainText("aktywny");

    const products = await request.get("/api/v1/products?limit=5", { headers: { authorization: `Bearer ${key}` } });
    expect(products.status()).toBe(200);
    const body: { items: { sku: string; customFields: object; units: unknown[] }[] } = await products.json();
    expect(body.items).toHaveLength(5);
    for (const item of body.items) {
      expect(Object.keys(item.customFields)).toEqual(["producer"]);
      expect(item.units.length).toBeGreaterThan(0);
    }

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

    // The specification says what the channels get, the chosen field and planned deliveries among it.
    await clientTab(page, "Specyfikacja").click();
    const synced = page.getByTestId("spec-synced-data");
    await expect(synced).toContainText("Pole 1 jako „producer”");
    await expect(synced).toContainText("otwartych zamówień do dostawców (ZD)");

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

test("staff upload the client's ERP fingerprint and the specification names the writes it would refuse", async ({
  page,
}) => {
  await signIn(page, seeded().staff);
  const companyId = await createCompany(page, `Odcisk ${randomBytes(4).toString("hex")}`);
  await clientTab(page, "Specyfikacja").click();
  await expect(page.getByTestId("fingerprint-none")).toBeVisible();
  await page.getByRole("link", { name: "Wgraj lub zastąp odcisk" }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${companyId}/spec/fingerprint$`));

  const upload = page.getByTestId("fingerprint-upload");
  const send = async (name: string, content: unknown) => {
    await upload.getByLabel("Plik odcisku (JSON)").setInputFiles({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(typeof content === "string" ? content : JSON.stringify(content)),
    });
    await upload.getByRole("button", { name: "Wgraj" }).click();
  };
  const wrong = { ...makeFingerprint(), server: { ...makeFingerprint().server, collation: 1250 } };
  await send("wrong.json", wrong);
  await expect(upload.getByRole("alert")).toContainText("To nie jest odcisk: server.collation:");
  await send("notes.txt", "doctor said ok");
  await expect(upload.getByRole("alert")).toContainText("Plik nie jest w formacie JSON");

  const fingerprint = makeFingerprint();
  fingerprint.requiredColumns.push({ table: "kh__Kontrahent", column: "kh_PoleFirmy", supplied: false });
  fingerprint.numbering = fingerprint.numbering.map((n) =>
    n.document === "PA" ? { document: "PA", known: false, setting: "np_NrDzien", reason: "a series per day" } : n,
  );
  await send("fingerprint.json", fingerprint);
  await expect(upload.getByRole("status")).toHaveText("Odcisk zapisany.");

  await clientTab(page, "Specyfikacja").click();
  const section = page.getByTestId("spec-fingerprint");
  await expect(section).toContainText("SQL Server 16.0.1135.2 (Express Edition (64-bit))");
  await expect(section).toContainText("Polish_CI_AS");
  const writes = section.getByTestId("fingerprint-writes");
  const customer = writes.getByRole("row", { name: /Nowy kontrahent/ });
  await expect(customer.getByRole("cell").nth(1)).toHaveText("zostanie odrzucony");
  await expect(customer.getByRole("cell").nth(2)).toHaveText(
    "kh__Kontrahent.kh_PoleFirmy jest NOT NULL bez wartości domyślnej, a nasz insert jej nie podaje",
  );
  await expect(writes.getByRole("row", { name: /Paragon PA/ })).toContainText("ustawienie np_NrDzien");
  await expect(writes.getByRole("row", { name: /Zamówienie ZK/ })).toContainText("zadziała");
  await expect(section).toContainText("dok__Dokument: dok__Dokument_INSERT, dok__Dokument_UPDATE");
});

test("client users get 404 for a company's configuration tabs", async ({ page }) => {
  await signIn(page, seeded().clientA);
  for (const tab of ["integration", "sync", "channels", "audit", "spec/fingerprint"]) {
    const response = await page.goto(`/clients/${seeded().companyA.id}/${tab}`);
    expect(response?.status()).toBe(404);
  }
  // Their own company's staff dashboard too: a client user's pages are their landing page and reports.
  const own = await page.goto(`/clients/${seeded().companyA.id}`);
  expect(own?.status()).toBe(404);
  await expect(page.getByRole("navigation", { name: "Sekcje klienta" })).toHaveCount(0);
  const events = await page.request.get(`/api/sync/events?companyId=${seeded().companyA.id}`);
  expect(events.status()).toBe(404);
  const upload = await page.request.put(`/api/companies/${seeded().companyA.id}/erp-fingerprint`, {
    data: makeFingerprint(),
  });
  expect(upload.status()).toBe(404);
});
