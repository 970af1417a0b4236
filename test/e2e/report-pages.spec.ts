import { expect, test, type Page } from "@playwright/test";
import { signInToReports, tableNumbers } from "./report-table.ts";

/**
 * How the report pages read, beside what they count (reports.spec.ts): widths from a phone to a
 * desktop, months and amounts in words, the overview's charts against the tables they summarize.
 */

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
  const { base } = await signInToReports(page);
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
  const { base } = await signInToReports(page);
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
  const { base } = await signInToReports(page);
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
