import type { Locator, Page } from "@playwright/test";
import { seeded, signIn } from "./fixtures.ts";

/** The numbers a table shows, by row label: every numeric cell's raw value (data-value). */
export async function tableNumbers(table: Locator): Promise<Record<string, number[]>> {
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

/**
 * Signed in as the first reports client (company A): the seeded report fixtures and the address of
 * company A's reports, which most report specs start from.
 */
export async function signInToReports(page: Page) {
  const { reports } = seeded();
  await signIn(page, reports.clientA);
  return { reports, base: `/reports/${reports.companyA.id}` };
}
