import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { FIXTURES_FILE } from "./global-setup.ts";

type TAccount = { email: string; password: string };
type TFixtures = {
  staff: TAccount;
  clientA: TAccount;
  clientB: TAccount;
  companyA: { id: string; name: string };
  companyB: { id: string; name: string };
  /** Companies with two years of sales in their ERP copy, and a client user of each. */
  reports: {
    clientA: TAccount;
    clientB: TAccount;
    /** A client with two ERPs sharing a product symbol (test/support/two-erp-client.ts). */
    twoErps: { client: TAccount; company: { id: string; name: string }; subiekt: string; optima: string };
    companyA: { id: string; name: string };
    companyB: { id: string; name: string };
  };
};

let cached: TFixtures | undefined;

/** Accounts seeded by global-setup for this run (read on first use: spec files load before it runs). */
export function seeded(): TFixtures {
  cached ??= JSON.parse(readFileSync(FIXTURES_FILE, "utf8")) as TFixtures;
  return cached;
}

/** Signs in through the form, in Polish (the default language). */
export async function signIn(page: Page, account: TAccount): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Hasło").fill(account.password);
  await page.getByRole("button", { name: "Zaloguj" }).click();
  await expect(page.getByRole("button", { name: "Wyloguj" })).toBeVisible();
}
