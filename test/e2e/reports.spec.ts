import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { seeded, signIn } from "./fixtures.ts";
import { signInToReports, tableNumbers } from "./report-table.ts";

async function download(page: Page, link: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return readFile((await file.path()) ?? "");
}

/** Polish CSV: semicolons, decimal commas, a BOM; the heading, then a blank line, then the table. */
function csvNumbers(text: string): Record<string, number[]> {
  const lines = text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  const [, ...rows] = lines.slice(lines.indexOf("") + 1);
  return Object.fromEntries(
    rows.map((line) => {
      const cells = line.split(";").map((c) => c.replace(/^"|"$/g, ""));
      const numbers = cells
        .slice(1)
        .filter((c) => c !== "")
        .map((c) => Number(c.replace(",", ".")));
      return [cells[0] ?? "", numbers];
    }),
  );
}

async function xlsxNumbers(buffer: Buffer): Promise<Record<string, number[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  const sheet = workbook.worksheets[0];
  const out: Record<string, number[]> = {};
  // The heading's rows come first; the table's header row is the frozen one.
  const view = sheet?.views[0];
  const header = view && "ySplit" in view ? Number(view.ySplit) : 1;
  sheet?.eachRow((row, index) => {
    if (index <= header) return;
    const values = (row.values as unknown[]).slice(1);
    out[String(values[0])] = values.slice(1).filter((v): v is number => typeof v === "number");
  });
  return out;
}

test("a client sees their sales, changes the period, and downloads the same numbers as CSV and XLSX", async ({
  page,
}) => {
  const { reports } = await signInToReports(page);
  await page.getByRole("link", { name: "Raporty" }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${reports.companyA.id}$`));
  await expect(page.getByRole("heading", { name: reports.companyA.name })).toBeVisible();
  const chart = page.getByTestId("trend-chart");
  await expect(chart).toHaveAttribute("data-points", "12");
  await expect(chart.locator("path.recharts-line-curve").first()).toBeVisible();
  const net = page.locator('[data-kpi="net"]');
  const yearNet = Number(await net.getAttribute("data-value"));
  expect(yearNet).toBeGreaterThan(0);

  await page.getByRole("combobox", { name: "Okres" }).selectOption({ label: "Ostatnie 30 dni" });
  await page.getByRole("combobox", { name: "Przedział" }).selectOption({ label: "Dzień" });
  await page.getByRole("button", { name: "Pokaż" }).click();
  await expect(page).toHaveURL(/bucket=day/);
  await expect(chart).toHaveAttribute("data-points", "30");
  const monthNet = Number(await net.getAttribute("data-value"));
  expect(monthNet).toBeGreaterThan(0);
  expect(monthNet).toBeLessThan(yearNet);

  const table = page.getByTestId("by-contact");
  // The table shows what fits and says what it hides; the user shows the rest (kept in the URL).
  const picker = table.locator("[data-hidden-columns]");
  await expect(picker).toContainText("ukryte: Sprzedaż brutto");
  await picker.locator("summary").click();
  const hidden = await picker
    .getByRole("checkbox", { checked: false })
    .evaluateAll((boxes) => boxes.map((box) => box.parentElement?.textContent ?? ""));
  expect(hidden.length).toBeGreaterThan(0);
  for (const name of hidden) {
    const box = picker.getByRole("checkbox", { name, exact: true });
    await box.click();
    await expect(box).toBeChecked();
  }
  await expect(picker).toHaveAttribute("data-hidden-columns", "");
  await expect(picker).toContainText("wszystkie widoczne");
  expect(page.url()).toContain("by-contact-cols=");
  const shown = await tableNumbers(table);
  expect(Object.keys(shown)).toEqual(
    expect.arrayContaining(["Sprzedaż w ERP", "Salony", "Sklep internetowy", "Platforma B2B"]),
  );
  const period = `${await page.locator('input[name="from"]').inputValue()}_${await page.locator('input[name="to"]').inputValue()}`;
  const [csvFile] = await Promise.all([
    page.waitForEvent("download"),
    table.getByRole("link", { name: "Pobierz CSV" }).click(),
  ]);
  // Named by the view and its period, and saying both inside.
  expect(csvFile.suggestedFilename()).toBe(`sales-by-contact-${period}.csv`);
  const csv = await readFile((await csvFile.path()) ?? "");
  expect(csv.toString("utf8").split("\r\n").slice(0, 2)).toEqual([
    "\uFEFFSprzedaż według: Punkt styku",
    `Okres;${period.replace("_", ";")}`,
  ]);
  expect(csvNumbers(csv.toString("utf8"))).toEqual(shown);
  const xlsx = await download(page, table.getByRole("link", { name: "Pobierz XLSX" }));
  expect(await xlsxNumbers(xlsx)).toEqual(shown);

  // The URL keeps the filters: opened afresh, it shows the same period.
  await page.goto(page.url());
  await expect(chart).toHaveAttribute("data-points", "30");
  await expect(net).toHaveAttribute("data-value", String(monthNet));
});

test("a client of one company gets 404 for another company's reports, API and exports", async ({ page }) => {
  const { reports } = await signInToReports(page);
  const other = reports.companyB.id;
  expect((await page.goto(`/reports/${other}`))?.status()).toBe(404);
  await expect(page.getByText(reports.companyB.name)).toHaveCount(0);
  expect((await page.goto(`/reports/${other}/customers`))?.status()).toBe(404);
  for (const path of [
    "summary",
    "breakdown?by=product",
    "contractors",
    "summary/export?format=csv",
    "trend/export?format=xlsx",
  ]) {
    const [report, query = ""] = path.split("?");
    expect((await page.request.get(`/api/reports/${other}/${report}?${query}`)).status(), path).toBe(404);
  }
  const own = await page.request.get(`/api/reports/${reports.companyA.id}/summary`);
  expect(own.status()).toBe(200);
  const bad = await page.request.get(`/api/reports/${reports.companyA.id}/summary?from=2026-02-30&contact=nowhere`);
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).error.fields)).toEqual(expect.arrayContaining(["from", "contact"]));
});

test("staff pick a client and see the margins view flag unprofitable areas", async ({ page }) => {
  const { reports, staff } = seeded();
  await signIn(page, staff);
  await page.goto("/reports");
  await page.getByRole("link", { name: reports.companyB.name }).click();
  await page.getByRole("link", { name: "Marże" }).click();
  await expect(page.getByTestId("heat-map")).toBeVisible();
  await expect(page.getByTestId("unprofitable").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("flagged")).toContainText("segment");
});

test("a long table shows 50 rows a page, the next and previous pages beside it, and the export holds every row", async ({
  page,
}) => {
  const { base } = await signInToReports(page);
  await page.goto(`${base}/sales?by=product`);
  const table = page.getByTestId("breakdown");
  const pager = table.getByTestId("pager");
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(pager).toContainText(/^Wiersze 1–50 z (\d[\d\s]*); eksport zawiera wszystkie\./);
  const total = Number((await pager.innerText()).match(/z ([\d\s]+);/)?.[1]?.replace(/\s/g, ""));
  expect(total).toBeGreaterThan(100);
  await expect(pager.getByRole("link", { name: "← Poprzednia strona" })).toHaveCount(0);
  const firstPage = Object.keys(await tableNumbers(table));

  await pager.getByRole("link", { name: "Następna strona →" }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(pager).toContainText("Wiersze 51–100 z");
  const secondPage = Object.keys(await tableNumbers(table));
  expect(secondPage).toHaveLength(50);
  expect(secondPage.filter((label) => firstPage.includes(label))).toEqual([]);

  // Sorting starts again at the first page; so does the previous page from the second.
  await pager.getByRole("link", { name: "← Poprzednia strona" }).click();
  await expect(page).not.toHaveURL(/[?&]page=/);
  expect(Object.keys(await tableNumbers(table))).toEqual(firstPage);
  await pager.getByRole("link", { name: "Następna strona →" }).click();
  await expect(pager).toContainText("Wiersze 51–100 z");
  await table.getByRole("columnheader", { name: "Marża", exact: true }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=margin(&|$)/);
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(pager).toContainText("Wiersze 1–50 z");

  // The export is the whole table, whatever page is shown.
  const csv = await download(page, table.getByRole("link", { name: "Pobierz CSV" }));
  expect(Object.keys(csvNumbers(csv.toString("utf8")))).toHaveLength(total);
});

test("a contractor's page names documents in words, links an order with its invoice, and shows how they pay", async ({
  page,
}) => {
  const { base } = await signInToReports(page);
  await page.goto(`${base}/customers?sort=documents`);
  await page.getByTestId("contractors").locator("tbody tr a").first().click();
  await expect(page.getByTestId("contractor-facts")).toContainText("Ostatni zakup");
  await expect(page.getByTestId("payment-behaviour")).not.toBeEmpty();
  const main = page.locator("main");
  await expect(main).not.toContainText("nz__");
  const documents = page.getByTestId("contractor-documents");
  const types = new Set(await documents.locator('td[data-column="type"]').allTextContents());
  expect(
    [...types].every((type) => /^(Faktura|Paragon|Zamówienie|Korekta faktury)$/.test(type)),
    [...types].join(),
  ).toBe(true);
  // An order's value stands apart from sales, and it links to the invoice made from it.
  const order = documents.locator("tbody tr", {
    has: page.locator('td[data-column="type"]', { hasText: "Zamówienie" }),
  });
  const linked = order.filter({ has: page.locator('td[data-column="related"] a') }).first();
  await expect(linked.locator('td[data-column="net"]')).toHaveText("—");
  await expect(linked.locator('td[data-column="ordered"]')).toContainText("zł");
  const target = await linked.locator('td[data-column="related"] a').getAttribute("href");
  await expect(page.locator(`tr${target}`)).toContainText("Faktura");
});

test("a client with two ERPs sees both in one place, split and filtered by ERP source, products by symbol", async ({
  page,
}) => {
  const { twoErps } = seeded().reports;
  await signIn(page, twoErps.client);
  const period = "from=2026-01-01&to=2026-03-31";
  // The landing page's overview: both ERPs' sales, side by side.
  await page.goto(`/home?${period}`);
  const bySource = page.getByTestId("by-source");
  const sources = await tableNumbers(bySource);
  expect([sources["Subiekt GT"]?.[0], sources.Optima?.[0]]).toEqual([180, 310]);
  await expect(page.locator('[data-kpi="net"]')).toHaveAttribute("data-value", "490");

  // By product: one row per symbol, whichever ERP sold it, saying where.
  await page.goto(`/reports/${twoErps.company.id}/sales?by=product&${period}`);
  await expect(page.getByRole("link", { name: "Źródło ERP" })).toBeVisible();
  const table = page.getByTestId("breakdown");
  const mug = table.locator("tbody tr", { hasText: "KUBEK-1" });
  await expect(mug).toHaveCount(1);
  await expect(mug.locator('td[data-column="sources"]')).toHaveText("Subiekt GT, Optima");
  await expect(mug.locator('td[data-column="net"]')).toHaveAttribute("data-value", "400");

  // One source through the filter bar, kept in the URL: its own figures, no sources column.
  await page.getByRole("combobox", { name: "Źródło ERP" }).selectOption({ label: "Optima" });
  await page.getByRole("button", { name: "Pokaż" }).click();
  await expect(page).toHaveURL(new RegExp(`integration=${twoErps.optima}`));
  await expect(mug.locator('td[data-column="net"]')).toHaveAttribute("data-value", "270");
  await expect(table.locator('td[data-column="sources"]')).toHaveCount(0);
  const shown = await tableNumbers(table);
  expect(Object.keys(shown).sort()).toEqual(["KUBEK-1 Kubek ceramiczny", "SZKLANKA Szklanka"]);
  const csv = await download(page, table.getByRole("link", { name: "Pobierz CSV" }));
  expect(csvNumbers(csv.toString("utf8"))["KUBEK-1 Kubek ceramiczny"]?.[0]).toBe(270);
});
