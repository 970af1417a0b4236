import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { seeded, signIn } from "./fixtures.ts";

/** The numbers a table shows, by row label: every numeric cell's raw value (data-value). */
async function tableNumbers(table: Locator): Promise<Record<string, number[]>> {
  return table
    .locator("tbody tr")
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.querySelector("td")?.textContent?.trim() ?? "",
          Array.from(row.querySelectorAll("td[data-value]"), (cell) => Number(cell.getAttribute("data-value"))),
        ]),
      ),
    );
}

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
  const { reports } = seeded();
  await signIn(page, reports.clientA);
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
  const { reports } = seeded();
  await signIn(page, reports.clientA);
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
  const { reports } = seeded();
  await signIn(page, reports.clientA);
  await page.goto(`/reports/${reports.companyA.id}/sales?by=product`);
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

const MONTHS_PL =
  /(styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień) \d{4}/;
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

/** A day as the URL takes it, `months` months from today's month, on day `day`. */
function monthDay(months: number, day: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, day)).toISOString().slice(0, 10);
}

/** What a report page must hold at any width: nothing wider than the screen, amounts inside their cards. */
async function expectFits(page: Page, width: number, where: string) {
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth, `${where}: page width at ${width} px`).toBeLessThanOrEqual(width);
  for (const value of await page.locator("[data-kpi] [title]").all()) {
    const [scroll, client] = await value.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll, `${where}: KPI "${await value.textContent()}" at ${width} px`).toBeLessThanOrEqual(client);
  }
}

/** Each table fits its panel, or its column control lists what it hides. */
async function expectTablesFit(page: Page, where: string) {
  for (const panel of await page.locator("section.panel:has(table)").all()) {
    const id = await panel.getAttribute("data-testid");
    const [table, room] = await panel.evaluate((el) => [
      el.querySelector("table")?.scrollWidth ?? 0,
      (el.querySelector("table")?.parentElement ?? el).clientWidth,
    ]);
    const control = panel.locator("[data-hidden-columns]");
    const hidden = (await control.count()) > 0 ? ((await control.getAttribute("data-hidden-columns")) ?? "") : "";
    expect(table <= room || hidden !== "", `${where} ${id}: table ${table} px in ${room} px, hiding "${hidden}"`).toBe(
      true,
    );
    expect(table, `${where} ${id}: the columns shown by default fit`).toBeLessThanOrEqual(room);
  }
}

test("every report page fits 1280 px and a 390 px phone, in zł and months by name, and is saved as screenshots", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const { reports } = seeded();
  await signIn(page, reports.clientA);
  const base = `/reports/${reports.companyA.id}`;
  await page.goto(`${base}/customers`);
  const customer = await page.getByTestId("contractors").locator("tbody tr a").first().getAttribute("href");
  const pages = {
    overview: base,
    "sales-by-product": `${base}/sales?by=product`,
    "sales-by-customer": `${base}/sales?by=customer`,
    margins: `${base}/margins`,
    customers: `${base}/customers`,
    customer: customer ?? "",
  };
  for (const [name, path] of Object.entries(pages)) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await expect(page.getByTestId("data-as-of")).toContainText("najnowsza sprzedaż w danych");
    await expect(page.locator("main")).toContainText("zł");
    await expectTablesFit(page, name);
    await expectFits(page, 1280, name);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expectFits(page, 1440, name);
    await page.screenshot({ path: testInfo.outputPath(`${name}-1440-pl.png`), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await expectFits(page, 390, name);
    // The filters fold behind one line, so the report starts on the first screen.
    await expect(page.locator("#report-filter-fields")).toBeHidden();
    await expect(page.getByRole("button", { name: /^Filtry:/ })).toBeVisible();
    // A table shows a row's name and its first figure side by side.
    const firstRow = page.locator("section.panel:has([data-hidden-columns]) tbody tr").first();
    if ((await firstRow.count()) > 0) {
      const figure = await firstRow.locator("td").nth(1).boundingBox();
      expect((figure?.x ?? 999) + (figure?.width ?? 0), `${name}: second column on a phone`).toBeLessThanOrEqual(390);
    }
    await page.screenshot({ path: testInfo.outputPath(`${name}-390-pl.png`), fullPage: true });
  }
  await page.getByRole("button", { name: /^Filtry:/ }).click();
  await expect(page.locator("#report-filter-fields")).toBeVisible();
});

test("the overview's best and worst products are the product table's first rows by net sales and by margin", async ({
  page,
}) => {
  const { reports } = seeded();
  await signIn(page, reports.clientA);
  const base = `/reports/${reports.companyA.id}`;
  // A bar's name as its axis shows it: a long one ends in "…" (bar-chart.tsx).
  const onAxis = (label: string) => (label.length > 24 ? `${label.slice(0, 23)}…` : label);
  const firstProducts = async (query: string) => {
    await page.goto(`${base}/sales?by=product${query}`);
    return Object.keys(await tableNumbers(page.getByTestId("breakdown")))
      .slice(0, 10)
      .map(onAxis);
  };
  const byNet = await firstProducts("");
  const byMargin = await firstProducts("&sort=margin&dir=asc");
  expect(byNet).toHaveLength(10);
  expect(byMargin).not.toEqual(byNet);
  await page.goto(base);
  // The axis wraps a name over lines (one <tspan> each): read back with the spaces it broke at.
  const names = (id: string) =>
    page
      .getByTestId(id)
      .locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value")
      .evaluateAll((ticks) => ticks.map((tick) => Array.from(tick.children, (line) => line.textContent).join(" ")));
  await expect.poll(() => names("top-products")).toEqual(byNet);
  await expect.poll(() => names("bottom-products")).toEqual(byMargin);
});

test("charts and tables read months by name, mark the month so far, and explain one month or none", async ({
  page,
}) => {
  const { reports } = seeded();
  await signIn(page, reports.clientA);
  const base = `/reports/${reports.companyA.id}`;
  // Twelve months to the 15th of last month: the last month is partial, whatever today is.
  await page.goto(`${base}?from=${monthDay(-12, 1)}&to=${monthDay(-1, 15)}`);
  const chart = page.getByTestId("trend-chart");
  await expect(chart).toHaveAttribute("data-state", "trend");
  await expect(chart).toHaveAttribute("data-partial", "1");
  await expect(page.getByTestId("trend-notes")).toContainText("przedział niepełny");
  // Straight lines between the figures: no smoothing that invents values between them.
  const curve = await chart.locator("path.recharts-line-curve").first().getAttribute("d");
  expect(curve).not.toMatch(/C/);
  // Axes in words: months by their names, amounts in zł.
  const ticks = await chart.locator(".recharts-cartesian-axis-tick-value").allTextContents();
  expect(
    ticks.filter((tick) => /^(sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru) \d{4}$/.test(tick)).length,
  ).toBeGreaterThan(2);
  expect(ticks.filter((tick) => tick.endsWith("zł")).length).toBeGreaterThan(2);
  for (const tick of ticks) expect(tick).not.toMatch(ISO_DAY);
  const trend = page.getByTestId("trend-table");
  const buckets = await trend.locator('td[data-column="bucket"]').allTextContents();
  expect(buckets[0]).toMatch(MONTHS_PL);
  expect(buckets.at(-1)).toContain("(niepełny)");
  for (const bucket of buckets) expect(bucket).not.toMatch(ISO_DAY);
  await expect(trend.locator('td[data-column="net"]').first()).toContainText("zł");
  await expect(page.getByTestId("kpis").locator('[data-kpi="net"]')).toContainText("zł");
  // Bar axes step by round amounts from zero.
  const bars = (await page.getByTestId("contact-bars").getAttribute("data-ticks"))?.split(",").map(Number) ?? [];
  expect(bars[0]).toBe(0);
  const step = (bars[1] ?? 0) - (bars[0] ?? 0);
  expect(String(step)).toMatch(/^[125]0*$/);
  bars.forEach((tick, i) => expect(tick).toBe(i * step));

  // One whole month: no lone dot, but a comparison with a year earlier and why.
  await page.goto(`${base}?from=${monthDay(-1, 1)}&to=${monthDay(0, 0)}`);
  await expect(chart).toHaveAttribute("data-state", "single");
  await expect(chart).toContainText("jednym przedziale");
  await expect(page.getByTestId("period")).toContainText(`poprzedni`);
  // A period without sales says so instead of drawing blank axes.
  await page.goto(`${base}?from=2015-01-01&to=2015-03-31`);
  await expect(chart).toHaveAttribute("data-state", "empty");
  await expect(chart).toContainText("Brak sprzedaży w okresie");
});

test("a contractor's page names documents in words, links an order with its invoice, and shows how they pay", async ({
  page,
}) => {
  const { reports } = seeded();
  await signIn(page, reports.clientA);
  await page.goto(`/reports/${reports.companyA.id}/customers?sort=documents`);
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
