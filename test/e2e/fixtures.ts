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

/** A new client company through the Clients page; returns its id from the page it lands on. */
export async function createCompany(page: Page, name: string): Promise<string> {
  await page.goto("/clients");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Dodaj firmę" }) });
  await form.getByLabel("Nazwa").fill(name);
  await form.getByRole("button", { name: "Dodaj firmę" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  return /\/clients\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? "";
}

/** A new agent for the company through the Agents page; returns its one-time enrollment code. */
export async function createAgent(page: Page, options: { company: string; name: string }): Promise<string> {
  await page.goto("/agents");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Utwórz i pokaż kod" }) });
  await form.getByLabel("Firma").selectOption({ label: options.company });
  await form.getByLabel("Nazwa").fill(options.name);
  await form.getByRole("button", { name: "Utwórz i pokaż kod" }).click();
  return (await page.getByTestId("enrollment-code").textContent()) ?? "";
}
