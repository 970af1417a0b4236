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

/** Polish CSV: semicolons, decimal commas, a BOM; empty cells are not numbers. */
function csvNumbers(text: string): Record<string, number[]> {
  const [, ...rows] = text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
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
  sheet?.eachRow((row, index) => {
    if (index === 1) return;
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
  const shown = await tableNumbers(table);
  expect(Object.keys(shown)).toEqual(
    expect.arrayContaining(["Sprzedaż w ERP", "Salony", "Sklep internetowy", "Platforma B2B"]),
  );
  const csv = await download(page, table.getByRole("link", { name: "Pobierz CSV" }));
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
