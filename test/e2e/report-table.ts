import type { Locator } from "@playwright/test";

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
