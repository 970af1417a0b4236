import { expect, test } from "@playwright/test";
import { seeded, signIn } from "./fixtures.ts";

test("a signed-out visitor is sent to sign-in", async ({ page }) => {
  await page.goto("/clients");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole("heading", { name: "Logowanie" })).toBeVisible();
});

test("staff sign in and land on the client list", async ({ page }) => {
  await signIn(page, seeded().staff);
  await expect(page).toHaveURL(/\/clients$/);
  await expect(page.getByRole("link", { name: seeded().companyA.name })).toBeVisible();
  await expect(page.getByRole("link", { name: seeded().companyB.name })).toBeVisible();
  for (const area of ["Integracje", "Agenci", "Zamówienia", "Synchronizacja", "Raporty"]) {
    await expect(page.getByRole("navigation", { name: "main" }).getByRole("link", { name: area })).toBeVisible();
  }
});

test("a wrong password shows the neutral message and stays signed out", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(seeded().clientB.email);
  await page.getByLabel("Hasło").fill("definitely-wrong");
  await page.getByRole("button", { name: "Zaloguj" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText(
    "Nie udało się zalogować. Sprawdź e-mail i hasło albo spróbuj ponownie później.",
  );
  await page.goto("/clients");
  await expect(page).toHaveURL(/\/signin/);
});

test("the language switch turns the portal to English and back", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: "Polski" }).click();
  await expect(page.getByRole("heading", { name: "Logowanie" })).toBeVisible();
});
