import { expect, test } from "@playwright/test";
import { seeded, signIn } from "./fixtures.ts";

test("a client of company A gets 404 for company B's page and API route", async ({ page }) => {
  await signIn(page, seeded().clientA);
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { name: `Witaj, ${seeded().companyA.name}` })).toBeVisible();

  const own = await page.goto(`/clients/${seeded().companyA.id}`);
  expect(own?.status()).toBe(200);
  const other = await page.goto(`/clients/${seeded().companyB.id}`);
  expect(other?.status()).toBe(404);
  await expect(page.getByText(seeded().companyB.name)).toHaveCount(0);

  const api = await page.request.get(`/api/companies/${seeded().companyB.id}`);
  expect(api.status()).toBe(404);
  const edit = await page.request.patch(`/api/companies/${seeded().companyB.id}`, { data: { name: "Hacked" } });
  expect(edit.status()).toBe(404);
  const list = await (await page.request.get("/api/companies")).json();
  expect(list.companies.map((c: { id: string }) => c.id)).toEqual([seeded().companyA.id]);
});

test("the API answers 401 to a signed-out caller", async ({ request }) => {
  const response = await request.get(`/api/companies/${seeded().companyA.id}`);
  expect(response.status()).toBe(401);
  expect(response.headers()["x-request-id"]).toBeTruthy();
});

test("staff create a company: a bad NIP is named, a good one is saved", async ({ page }) => {
  await signIn(page, seeded().staff);
  const form = page.locator("form", { has: page.getByRole("button", { name: "Dodaj firmę" }) });
  await form.getByLabel("Nazwa").fill("Salon Gamma");
  await form.getByLabel("NIP").fill("1234567890");
  await form.getByRole("button", { name: "Dodaj firmę" }).click();
  await expect(form.getByText("NIP must be 10 digits with a valid checksum")).toBeVisible();
  await expect(form.getByLabel("Nazwa")).toHaveValue("Salon Gamma");

  await form.getByLabel("NIP").fill("526-000-12-46");
  await form.getByRole("button", { name: "Dodaj firmę" }).click();
  await expect(page.getByRole("heading", { name: "Salon Gamma" })).toBeVisible();
  await page.getByRole("link", { name: "Wróć do listy" }).click();
  await expect(page.getByRole("link", { name: "Salon Gamma" })).toBeVisible();
});
