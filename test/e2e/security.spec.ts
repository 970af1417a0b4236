import { expect, test, type Browser } from "@playwright/test";
import { seeded, signIn } from "./fixtures.ts";

test("every answer forbids framing and sniffing and trims the referrer (no HSTS over http)", async ({ request }) => {
  for (const path of ["/signin", "/api/companies"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"]).toBe("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"]).toBeUndefined();
  }
});

test("a client gets 404 for the agents page (host names, versions, ERP errors are staff's)", async ({ page }) => {
  await signIn(page, seeded().clientA);
  const response = await page.goto("/agents");
  expect(response?.status()).toBe(404);
});

test("cookie JSON routes cap the body and take only application/json", async ({ page }) => {
  await signIn(page, seeded().staff);
  const huge = await page.request.post("/api/companies", {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ name: "x".repeat(2 * 1024 * 1024) }),
  });
  expect(huge.status()).toBe(413);
  const plain = await page.request.post("/api/companies", {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify({ name: "Cross-site" }),
  });
  expect(plain.status()).toBe(415);
  const patch = await page.request.patch(`/api/companies/${seeded().companyA.id}`, {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify({ name: "Cross-site" }),
  });
  expect(patch.status()).toBe(415);
  const enroll = await page.request.post("/api/agents/enroll", {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ code: "x".repeat(2 * 1024 * 1024), hostname: "h", agentVersion: "1" }),
  });
  expect(enroll.status()).toBe(413);
});

test("signing out ends the session: a copy of the old cookie no longer works", async ({ page, browser }) => {
  await signIn(page, seeded().clientB);
  const cookies = await page.context().cookies();
  expect((await page.request.get("/api/companies")).status()).toBe(200);
  await page.getByRole("button", { name: "Wyloguj" }).click();
  await expect(page).toHaveURL(/\/signin/);

  const thief = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  await thief.addCookies(cookies);
  expect((await thief.request.get("/api/companies")).status()).toBe(401);
  await thief.close();
});

async function signInFrom(browser: Browser, options: { address: string; email: string; password: string }) {
  const context = await browser.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { "x-forwarded-for": options.address },
  });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(options.email);
  await page.getByLabel("Hasło").fill(options.password);
  await page.getByRole("button", { name: "Zaloguj" }).click();
  const outcome = await Promise.race([
    page
      .getByRole("button", { name: "Wyloguj" })
      .waitFor()
      .then(() => "signed in" as const),
    page
      .locator("form [role=alert]")
      .waitFor()
      .then(() => "refused" as const),
  ]);
  await context.close();
  return outcome;
}

test("behind the proxy, guesses from one address lock that address only, not the account's owner", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { email, password } = seeded().reports.clientB;
  const attacker = `198.51.100.${Math.floor(Math.random() * 200) + 10}`;
  for (let i = 0; i < 5; i++) {
    expect(await signInFrom(browser, { address: attacker, email, password: "wrong-password" })).toBe("refused");
  }
  expect(await signInFrom(browser, { address: attacker, email, password })).toBe("refused");
  expect(await signInFrom(browser, { address: "203.0.113.77", email, password })).toBe("signed in");
});
