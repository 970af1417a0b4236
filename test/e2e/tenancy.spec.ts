import crypto from "node:crypto";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { seeded, signIn } from "./fixtures.ts";

test("a client of company A gets 404 for company B's reports and API route", async ({ page }) => {
  await signIn(page, seeded().clientA);
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { name: seeded().companyA.name })).toBeVisible();

  const own = await page.goto(`/reports/${seeded().companyA.id}`);
  expect(own?.status()).toBe(200);
  const other = await page.goto(`/reports/${seeded().companyB.id}`);
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
  await expect(form.getByText("NIP ma 10 cyfr z poprawną cyfrą kontrolną")).toBeVisible();
  await expect(form.getByLabel("Nazwa")).toHaveValue("Salon Gamma");

  await form.getByLabel("NIP").fill("526-000-12-46");
  await form.getByRole("button", { name: "Dodaj firmę" }).click();
  await expect(page.getByRole("heading", { name: "Salon Gamma" })).toBeVisible();
  await page.getByRole("link", { name: "Wróć do listy" }).click();
  await expect(page.getByRole("link", { name: "Salon Gamma" })).toBeVisible();
});

/** Announces on the portal's bus as any portal process would (PostgreSQL NOTIFY). */
async function notify(channel: string, event: Record<string, string>) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query("SELECT pg_notify($1, $2)", [channel, JSON.stringify(event)]);
  } finally {
    await client.end();
  }
}

test("a client's live agent stream carries their company's presence events and none of another company's", async ({
  page,
}) => {
  await signIn(page, seeded().clientA);
  const { companyA, companyB } = seeded();
  // Read the stream as the page does, also asking for company B's events outright.
  await page.evaluate(async (other) => {
    const state = window as unknown as { sse: string };
    state.sse = "";
    for (const url of ["/api/agents/events", `/api/agents/events?companyId=${other}`]) {
      const response = await fetch(url);
      const reader = response.body?.getReader();
      const decoder = new TextDecoder();
      void (async () => {
        for (;;) {
          const next = await reader?.read();
          if (!next || next.done) return;
          state.sse += decoder.decode(next.value);
        }
      })();
    }
  }, companyB.id);
  await expect.poll(() => page.evaluate(() => (window as unknown as { sse: string }).sse)).toContain(": connected");

  const agentOfB = crypto.randomUUID();
  const agentOfA = crypto.randomUUID();
  await notify("agent-presence", { agentId: agentOfB, companyId: companyB.id });
  await notify("agent-presence", { agentId: agentOfA, companyId: companyA.id });
  // Events arrive in order: once A's is in, B's would have been too.
  await expect.poll(() => page.evaluate(() => (window as unknown as { sse: string }).sse)).toContain(agentOfA);
  expect(await page.evaluate(() => (window as unknown as { sse: string }).sse)).not.toContain(agentOfB);

  // The sync stream is staff's only.
  expect((await page.request.get("/api/sync/events")).status()).toBe(404);
});
