import { randomBytes } from "node:crypto";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { createSandbox, SMALL_SANDBOX } from "../integration/erp-sandbox/sandbox-fixture.ts";
import { createOptimaSandbox } from "../integration/optima-reads/optima-fixture.ts";
import { createAgent, createCompany, seeded, signIn } from "./fixtures.ts";
import { installAgent, type TInstalledAgent } from "./install-agent.ts";

/** The report's period: wide enough for both sandboxes' documents, within the reports' five years. */
const FROM = "2024-01-01";

/** "Add integration" on the client's Integrations tab; returns the new one's id from the page it lands on. */
async function addIntegration(page: Page, options: { type: string; connection: string; name: string }) {
  const form = page.getByRole("form", { name: "Dodaj integrację" });
  // A select's name is its label's text with its options: matched by how it starts.
  await form.getByRole("combobox", { name: /^Typ ERP/ }).selectOption({ label: options.type });
  await form.getByRole("combobox", { name: /^Agent/ }).selectOption({ index: 1 });
  await form.getByRole("combobox", { name: /^Połączenie z ERP/ }).selectOption({ label: options.connection });
  await form.getByLabel("Nazwa").fill(options.name);
  await form.getByRole("button", { name: "Dodaj integrację" }).click();
}

async function createdIntegrationId(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/integrations\/[0-9a-f-]{36}\/settings$/);
  return /\/integrations\/([0-9a-f-]{36})\/settings$/.exec(page.url())?.[1] ?? "";
}

/**
 * Net sales per integration straight from the cloud copy's documents (sales and their
 * corrections, as the reports count them) over the report's days: what the one report must add up.
 */
async function copiedNetSales(options: { companyId: string; from: string; to: string }) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ integrationId: string; net: number }>(
      `SELECT d."integrationId", sum(l.net)::float8 AS net
       FROM "ErpDocument" d
       JOIN "ErpDocumentLine" l ON l."integrationId" = d."integrationId" AND l."documentId" = d."erpId"
       WHERE d."companyId" = $1 AND d.type IN ('FS', 'PA', 'KFS') AND d."issuedAt"::date BETWEEN $2 AND $3
       GROUP BY d."integrationId"`,
      [options.companyId, options.from, options.to],
    );
    return new Map(rows.map((row) => [row.integrationId, row.net]));
  } finally {
    await client.end();
  }
}

test("one agent serves a Subiekt GT and an Optima database: two integrations sync, channels choose from their own ERP, and one sales report sums and splits both", async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(300_000);
  const [subiekt, optima] = await Promise.all([createSandbox({ size: SMALL_SANDBOX }), createOptimaSandbox()]);
  let agent: TInstalledAgent | undefined;
  try {
    await signIn(page, seeded().staff);
    const company = `Dwa ERP ${randomBytes(4).toString("hex")}`;
    const companyId = await createCompany(page, company);
    const code = await createAgent(page, { company, name: "Serwer centrali" });
    // Head office's Subiekt GT is the agent's default connection; the partner's Optima a second one.
    agent = await installAgent({
      portalUrl: baseURL ?? "",
      code,
      erpUrl: subiekt.url,
      connections: [{ key: "partner", erpType: "optima", erpUrl: optima.url }],
    });

    const integrationsTab = page
      .getByRole("navigation", { name: "Sekcje klienta" })
      .getByRole("link", { name: "Integracje", exact: true });
    await page.goto(`/clients/${companyId}`);
    await integrationsTab.click();
    await expect(page.getByText("Ten klient nie ma jeszcze integracji.")).toBeVisible();

    // The ERP type comes first: only the agent's connections of that type are offered.
    await addIntegration(page, { type: "Subiekt GT", connection: "default", name: "Centrala" });
    const head = await createdIntegrationId(page);
    await expect(page.getByRole("heading", { name: "Integracja z ERP: Centrala" })).toBeVisible();
    await expect(page.getByTestId("read-only-erp")).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Stawki VAT" })).toBeVisible();

    await integrationsTab.click();
    const form = page.getByRole("form", { name: "Dodaj integrację" });
    await form.getByRole("combobox", { name: /^Typ ERP/ }).selectOption({ label: "Comarch ERP Optima" });
    await expect(form.getByText("Comarch ERP Optima jest tylko do odczytu")).toBeVisible();
    await addIntegration(page, { type: "Comarch ERP Optima", connection: "partner", name: "Partner" });
    const partner = await createdIntegrationId(page);
    // Read-only: where orders would be configured, the page says why there is nothing to set.
    await expect(page.getByTestId("read-only-erp")).toContainText("ich zamówienia są odrzucane");
    await expect(page.getByRole("group", { name: "Stawki VAT" })).toHaveCount(0);

    // A connection another integration uses is refused, naming that integration.
    await integrationsTab.click();
    await addIntegration(page, { type: "Comarch ERP Optima", connection: "partner (zajęte: Partner)", name: "Drugi" });
    await expect(form.getByRole("combobox", { name: /^Połączenie z ERP/ })).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("Tego połączenia agenta używa już integracja „Partner”")).toBeVisible();
    // A missing name is named at its field too.
    await addIntegration(page, { type: "Subiekt GT", connection: "default (zajęte: Centrala)", name: "" });
    await expect(form.getByLabel("Nazwa")).toHaveAttribute("aria-invalid", "true");

    const table = page.getByTestId("integrations-table");
    await expect(table.getByTestId(`integration-${head}`)).toContainText("Subiekt GT");
    await expect(table.getByTestId(`integration-${head}`)).toContainText("Serwer centrali");
    await expect(table.getByTestId(`integration-${partner}`)).toContainText("Comarch ERP Optima");
    await expect(table.getByTestId(`integration-${partner}`)).toContainText("tylko odczyt");
    await expect(table.getByTestId(`integration-${partner}`).locator("[data-state]")).toHaveAttribute(
      "data-state",
      "ok",
    );

    // The wizard sets up one integration at a time: with two, it asks which; each is set up again on its own.
    await expect(table.getByRole("link", { name: "Konfiguruj ponownie w kreatorze: Centrala" })).toBeVisible();
    await page.goto(`/clients/${companyId}/setup`);
    await page.getByTestId("setup-chooser").getByRole("link", { name: "Konfiguruj ponownie: Partner" }).click();
    await expect(page.getByTestId("setup-target")).toHaveText(
      "Konfigurowana integracja: Partner (Comarch ERP Optima).",
    );
    await page.getByRole("button", { name: /^1\. Agent i połączenie z ERP/ }).click();
    await expect(page.getByRole("combobox", { name: /^Połączenie z ERP/ })).toHaveValue("partner");
    // Its settings can move it to another agent or connection, of the same ERP database.
    await page.goto(`/clients/${companyId}/integrations/${head}/settings`);
    await expect(page.getByRole("combobox", { name: /^Połączenie z ERP/ })).toHaveValue("default");
    await expect(page.getByText("nowe połączenie musi prowadzić do tej samej bazy")).toBeVisible();

    // Both sync on their own pages, from their own database through the one agent.
    for (const id of [head, partner]) {
      await page.goto(`/clients/${companyId}/integrations/${id}/sync`);
      for (const group of ["PRODUCTS", "DOCUMENTS"]) {
        await expect(page.getByTestId(`group-run-status-${group}`)).toHaveText("zakończona", { timeout: 120_000 });
      }
    }
    // The client's dashboard shows each integration's data groups under its name, linked to its own sync page.
    await page.goto(`/clients/${companyId}`);
    const syncCard = page.getByRole("region", { name: "Synchronizacja", exact: true });
    for (const [id, name] of [
      [head, "Centrala"],
      [partner, "Partner"],
    ] as const) {
      const own = syncCard.getByRole("region", { name, exact: true });
      for (const group of ["PRODUCTS", "DOCUMENTS"]) {
        await expect(own.getByTestId(`dashboard-group-${group}`).locator("[data-status]")).toHaveAttribute(
          "data-status",
          "ok",
        );
      }
      await expect(own.getByRole("link", { name: `Szczegóły synchronizacji: ${name}` })).toHaveAttribute(
        "href",
        `/clients/${companyId}/integrations/${id}/sync`,
      );
    }
    await page.goto(`/clients/${companyId}/integrations/${partner}/products`);
    await expect(page.getByTestId("integration-heading")).toContainText("Partner · Comarch ERP Optima");
    await expect(page.locator("tbody tr").first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("partner-products.png"), fullPage: true });

    // A channel of the partner chooses among Optima's warehouses, read through the partner's own connection.
    await page.goto(`/clients/${companyId}/channels`);
    const partnerLists = page.getByRole("group", { name: "Listy z ERP: Partner" });
    await partnerLists.getByRole("button", { name: "Wczytaj listy z ERP" }).click();
    await expect(partnerLists.getByRole("status")).toContainText("magazyny 3");
    const newChannel = page.getByRole("region", { name: "Nowy kanał" });
    await newChannel.getByLabel("Nazwa").fill("Sklep partnera");
    await newChannel.getByRole("combobox", { name: /^Integracja/ }).selectOption({ label: "Partner (tylko odczyt)" });
    await expect(newChannel.getByText("Integracja tego kanału jest tylko do odczytu")).toBeVisible();
    await expect(newChannel.getByLabel("MAG — Magazyn główny", { exact: true })).toHaveCount(0);
    await newChannel.getByLabel("MAGAZYN — Magazyn główny", { exact: true }).check();
    await newChannel.getByRole("button", { name: "Utwórz kanał" }).click();
    const partnerChannel = page.getByRole("region", { name: "Sklep partnera" });
    await expect(partnerChannel).toContainText("MAGAZYN — Magazyn główny");
    await expect(partnerChannel.getByText("Integracja tego kanału jest tylko do odczytu")).toBeVisible();

    await page.goto(`/clients/${companyId}/audit`);
    await expect(page.getByRole("table").getByRole("row", { name: /integracja\s*.*utworzenie/ })).toHaveCount(2);

    // One sales report over both sources: its net is the two copies' sales added up.
    const to = new Date().toISOString().slice(0, 10);
    const sales = await copiedNetSales({ companyId, from: FROM, to });
    expect(sales.get(head)).toBeGreaterThan(0);
    expect(sales.get(partner)).toBeGreaterThan(0);
    const expected = (sales.get(head) ?? 0) + (sales.get(partner) ?? 0);
    const net = page.locator('[data-kpi="net"]');
    await expect(async () => {
      await page.goto(`/reports/${companyId}?from=${FROM}&to=${to}`);
      expect(Number(await net.getAttribute("data-value"))).toBeCloseTo(expected, 2);
    }).toPass({ timeout: 60_000 });
    // Split by ERP source: each source's own total is its own copy's sales.
    const bySource = page.getByTestId("by-source");
    const netBySource = async () =>
      bySource
        .locator("tbody tr")
        .evaluateAll((rows) =>
          Object.fromEntries(
            rows.map((row) => [
              row.querySelector("td")?.textContent?.trim() ?? "",
              Number(row.querySelector('td[data-column="net"]')?.getAttribute("data-value")),
            ]),
          ),
        );
    const split = await netBySource();
    expect(Object.keys(split).sort()).toEqual(["Centrala", "Partner"]);
    expect(split.Centrala).toBeCloseTo(sales.get(head) ?? 0, 2);
    expect(split.Partner).toBeCloseTo(sales.get(partner) ?? 0, 2);
    await page.screenshot({ path: testInfo.outputPath("report.png"), fullPage: true });
  } finally {
    await agent?.remove();
    await Promise.all([subiekt.drop(), optima.drop()]);
  }
});
