import crypto from "node:crypto";
import pg from "pg";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { seeded, signIn } from "./fixtures.ts";
import { builtServerActions, pageUrl, postServerAction, type TFormArg } from "./server-actions.ts";

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

/**
 * One rule for every page: a client user sees their landing page and their reports; everything
 * else (clients and their configuration, agents, orders, sync, integrations) is staff's, and a
 * client user gets the same 404 as for a missing page, even for their own company's.
 */
test("client users open only their landing page and reports; every staff page answers them 404 and opens for staff", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const domain = await loadDomain();
  const target = await companyToActOn(domain);
  try {
    const { companyId, orderId } = target.ids;
    const client = `/clients/${companyId}`;
    const staffPages = [
      "/clients",
      client,
      ...["setup", "details", "integration", "sync", "channels", "products", "spec", "spec/fingerprint", "audit"].map(
        (tab) => `${client}/${tab}`,
      ),
      "/integrations",
      "/agents",
      "/orders",
      `/orders/${orderId}`,
      "/sync",
      "/reports",
    ];
    const clientPages = ["/home", `/reports/${companyId}`, `/reports/${companyId}/sales`];
    const statuses = async (account: { email: string; password: string }, paths: string[]) => {
      const context = await browser.newContext({ baseURL: baseURL ?? "" });
      const page = await context.newPage();
      await signIn(page, account);
      const answers: Record<string, number | undefined> = {};
      for (const path of paths) answers[path] = (await page.goto(path))?.status();
      await context.close();
      return answers;
    };
    const everyone = (paths: string[], status: number) => Object.fromEntries(paths.map((path) => [path, status]));

    // "/reports" takes a client user to their own company's reports.
    const asClient = await statuses(target.client, [...staffPages, ...clientPages]);
    expect(asClient).toEqual({ ...everyone(staffPages, 404), "/reports": 200, ...everyone(clientPages, 200) });
    const asStaff = await statuses(seeded().staff, [...staffPages, ...clientPages]);
    // Staff have no landing page of their own: "/home" takes them to the clients.
    expect(asStaff).toEqual({ ...everyone(staffPages, 200), ...everyone(clientPages, 200) });
  } finally {
    await target.cleanup();
  }
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

/**
 * The portal's domain layer on the e2e database, to give a company of its own an agent, a
 * channel, an order with a complaint and an agent update. Loaded on first use: the database
 * exists only once global setup ran, and the portal's env module reads DATABASE_URL when it loads.
 */
async function loadDomain() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is set by global-setup");
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= crypto.randomBytes(32).toString("hex");
  process.env.SECRETS_KEY ??= crypto.randomBytes(32).toString("hex");
  const [factories, agents, channels, db, ids] = await Promise.all([
    import("../support/factories.ts"),
    import("../support/agent-factories.ts"),
    import("../integration/channel-api/channel-fixture.ts"),
    import("../../apps/portal/src/server/platform/database/db.ts"),
    import("../../apps/portal/src/server/platform/database/uuid-v7.ts"),
  ]);
  return { ...factories, ...agents, ...channels, ...db, ...ids };
}

type TDomain = Awaited<ReturnType<typeof loadDomain>>;

type TActionTargets = Record<
  "companyId" | "integrationId" | "agentId" | "channelId" | "apiKeyId" | "orderId" | "complaintId" | "updateId",
  string
>;

/** A company with something for every staff action to act on, and a client user of it. */
async function companyToActOn(domain: TDomain) {
  const company = await domain.makeCompany({ name: `Akcje ${crypto.randomBytes(3).toString("hex")}` });
  const client = await domain.makeUser({ role: "CLIENT", companyId: company.id });
  const { agent } = await domain.makeAgent({ companyId: company.id });
  const { channel, apiKey } = await domain.makeChannelWithKey({ companyId: company.id });
  const db = domain.getDb();
  const order = await db.order.create({
    data: {
      id: domain.uuidV7(),
      companyId: company.id,
      channelId: channel.id,
      externalId: `AKCJE-${crypto.randomBytes(4).toString("hex")}`,
      status: "new",
      buyer: {
        name: "Jan Kowalski",
        email: "jan@example.pl",
        address: { street: "Długa 5", postalCode: "00-001", city: "Warszawa" },
      },
      delivery: { method: "courier" },
      paymentMethod: "card",
      documentWanted: "RECEIPT",
      totalGross: 10,
      // In the error queue, where the order engine leaves it for staff: a pending order would be
      // picked up by the engine during the test and its row change under the "changes nothing" check.
      erpState: "FAILED",
      lastError: "Brak towaru",
      lastErrorAt: new Date(),
    },
  });
  const complaint = await db.orderReturn.create({
    data: {
      id: domain.uuidV7(),
      orderId: order.id,
      companyId: company.id,
      kind: "COMPLAINT",
      status: "open",
      reason: "Pęknięty",
      lines: [],
    },
  });
  // A build nobody is offered (the lowest version), only so that an update can name it.
  const build = await db.agentBuild.create({
    data: {
      version: `0.0.0-actions.${crypto.randomBytes(3).toString("hex")}`,
      platform: "linux-x64",
      file: "erp-bridge-agent-linux-x64",
      size: 1,
      sha256: "0".repeat(64),
      signature: "-",
      keyId: "-",
      commit: "-",
      builtAt: new Date(),
    },
  });
  const update = await db.agentUpdate.create({
    data: { agentId: agent.id, companyId: company.id, buildId: build.id, requestedBy: "staff" },
  });
  return {
    company,
    client,
    ids: {
      companyId: company.id,
      // The channel's integration: an action first used on one integration's page posts there.
      integrationId: channel.integrationId ?? "",
      agentId: agent.id,
      channelId: channel.id,
      apiKeyId: apiKey.id,
      orderId: order.id,
      complaintId: complaint.id,
      updateId: update.id,
    },
    /** The build goes (other specs read the newest builds); the company stays, as every spec's do. */
    async cleanup() {
      await db.agentUpdate.deleteMany({ where: { buildId: build.id } });
      await db.agentBuild.delete({ where: { id: build.id } });
    },
  };
}

/** Every row of the company in every table that has a companyId, and how many companies there are. */
async function companyRows(companyId: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const tables = await client.query<{ table: string }>(
      `SELECT table_name AS "table" FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name = 'companyId' ORDER BY 1`,
    );
    const rows: Record<string, unknown> = {
      companies: (await client.query('SELECT count(*) FROM "Company"')).rows,
      company: (await client.query('SELECT * FROM "Company" WHERE "id" = $1', [companyId])).rows,
    };
    for (const { table } of tables.rows) {
      const query = `SELECT to_jsonb(t)::text AS "row" FROM "${table}" t WHERE "companyId" = $1 ORDER BY 1`;
      rows[table] = (await client.query(query, [companyId])).rows;
    }
    return JSON.stringify(rows);
  } finally {
    await client.end();
  }
}

/**
 * Each server action with arguments that do their work for staff, in an order that keeps each
 * one's target alive for the next (revocations and disabling last). A new action must be added
 * here, or to CLIENT_ACTIONS, or the test fails.
 */
function staffActionCalls(ids: TActionTargets): Record<string, unknown[]> {
  const { companyId, agentId, channelId, apiKeyId, orderId, complaintId, updateId } = ids;
  const form = (fields: Record<string, string>): TFormArg => ({ form: fields });
  return {
    "(portal)/clients/company-actions.ts#updateCompanyAction": [
      companyId,
      {},
      form({ name: "Przejęta", nip: "", email: "" }),
    ],
    "(portal)/clients/company-actions.ts#createCompanyAction": [
      {},
      form({ name: `Obca ${crypto.randomUUID()}`, nip: "", email: "" }),
    ],
    "(portal)/agents/agent-actions.ts#createAgentAction": [{}, form({ companyId, name: "Serwer intruza" })],
    "(portal)/agents/agent-actions.ts#issueCodeAction": [agentId, "Agent"],
    "(portal)/agents/agent-actions.ts#pingAgentAction": [agentId],
    "(portal)/agents/update-actions.ts#startAgentUpdateAction": [agentId],
    "(portal)/agents/update-actions.ts#cancelAgentUpdateAction": [updateId],
    "(portal)/agents/update-actions.ts#updateCompanyAgentsAction": [companyId],
    "(portal)/agents/update-actions.ts#setUpdatePolicyAction": [
      companyId,
      {},
      form({ enabled: "on", fromHour: "1", toHour: "5" }),
    ],
    "(portal)/clients/[companyId]/channels/channel-actions.ts#saveChannelAction": [
      companyId,
      null,
      { seq: 0 },
      form({ name: "Sklep intruza", kind: "STORE" }),
    ],
    "(portal)/clients/[companyId]/channels/channel-actions.ts#rotateWebhookSecretAction": [companyId, channelId],
    "(portal)/clients/[companyId]/channels/channel-actions.ts#createApiKeyAction": [
      companyId,
      channelId,
      "klucz intruza",
    ],
    "(portal)/clients/[companyId]/integration/integration-actions.ts#loadErpListsAction": [companyId, agentId],
    "(portal)/clients/[companyId]/integration/integration-actions.ts#saveIntegrationAction": [
      companyId,
      { agentId, settings: {}, expectedVersion: 0 },
    ],
    "(portal)/clients/[companyId]/sync/sync-actions.ts#requestSyncAction": [companyId, "PRODUCTS", "INCREMENTAL"],
    "(portal)/clients/[companyId]/integrations/add-integration-action.ts#addIntegrationAction": [
      companyId,
      { name: "Integracja intruza", erpType: "SUBIEKT_GT", agentId, agentConnection: "default" },
    ],
    "(portal)/clients/[companyId]/setup/setup-actions.ts#createSetupAgentAction": [companyId, "Agent intruza"],
    "(portal)/clients/[companyId]/setup/setup-actions.ts#checkStepAction": [companyId, { step: "agent", agentId }],
    "(portal)/clients/[companyId]/setup/setup-actions.ts#searchProductsAction": [
      companyId,
      { agentId, query: "", warehouseIds: [1] },
    ],
    "(portal)/clients/[companyId]/setup/setup-actions.ts#finishSetupAction": [companyId, {}],
    "(portal)/clients/[companyId]/setup/download-actions.ts#windowsBuildAction": [],
    "(portal)/clients/[companyId]/setup/setup-actions.ts#preflightAction": [companyId],
    "(portal)/clients/[companyId]/setup/sfera-check-actions.ts#checkSferaAction": [companyId, agentId],
    "(portal)/orders/_components/order-actions.ts#changeOrderStatusAction": [
      orderId,
      { seq: 0 },
      form({ status: "cancelled", note: "" }),
    ],
    "(portal)/orders/_components/order-actions.ts#complaintStatusAction": [orderId, complaintId, "in_review"],
    "(portal)/orders/_components/order-actions.ts#dryRunOrderAction": [orderId],
    "(portal)/orders/_components/order-actions.ts#retryOrdersAction": [[orderId]],
    "(portal)/orders/_components/order-actions.ts#releaseOrdersAction": [[orderId]],
    "(portal)/clients/[companyId]/channels/channel-actions.ts#revokeApiKeyAction": [companyId, apiKeyId],
    "(portal)/clients/[companyId]/channels/channel-actions.ts#disableChannelAction": [companyId, channelId],
    "(portal)/agents/agent-actions.ts#revokeAgentAction": [agentId],
  };
}

/** The actions a client user may call: nothing of staff's, only their own session's settings. */
const CLIENT_ACTIONS: Record<string, unknown[]> = {
  "locale-actions.ts#setLocale": [{ form: { locale: "pl" } }],
};

/**
 * A refusal as the actions answer it: the domain's NOT_FOUND, either returned to the form
 * ("Not found") or thrown (a 500 whose text production hides).
 */
const refused = (answer: { status: number; body: string }) => answer.status >= 500 || /"Not found"/.test(answer.body);

test("every staff server action of the built portal refuses a client user of the company itself, and changes nothing", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const domain = await loadDomain();
  const target = await companyToActOn(domain);
  try {
    const actions = builtServerActions();
    const calls = staffActionCalls(target.ids);
    const unlisted = actions.map((a) => a.name).filter((name) => !(name in calls) && !(name in CLIENT_ACTIONS));
    expect(unlisted, "a new server action: list it with its arguments, as staff's or as a client's").toEqual([]);
    const call = (request: APIRequestContext, name: string, args: unknown[]) => {
      const action = actions.find((a) => a.name === name);
      if (!action) throw new Error(`${name} is not in the build`);
      const url = pageUrl(action.pages[0] ?? "", {
        companyId: target.ids.companyId,
        integrationId: target.ids.integrationId,
        orderId: target.ids.orderId,
      });
      return postServerAction(request, { baseURL: baseURL ?? "", action, url, args });
    };

    await signIn(page, { email: target.client.email, password: target.client.password });
    const before = await companyRows(target.ids.companyId);
    const answers: Record<string, string> = {};
    for (const [name, args] of Object.entries(calls)) {
      answers[name] = refused(await call(page.request, name, args)) ? "refused" : "done";
    }
    expect(answers).toEqual(Object.fromEntries(Object.keys(calls).map((name) => [name, "refused"])));
    expect(await companyRows(target.ids.companyId)).toBe(before);
    for (const [name, args] of Object.entries(CLIENT_ACTIONS)) {
      expect(await call(page.request, name, args), name).toMatchObject({ status: 200 });
    }

    // The same calls from staff pass the guard: the refusals above are the client's alone.
    const staff = await browser.newPage({ baseURL });
    try {
      await signIn(staff, seeded().staff);
      const staffAnswers: Record<string, string> = {};
      for (const [name, args] of Object.entries(calls)) {
        const answer = await call(staff.request, name, args);
        staffAnswers[name] = refused(answer) ? `refused ${answer.status} ${answer.body.slice(0, 300)}` : "done";
      }
      expect(staffAnswers).toEqual(Object.fromEntries(Object.keys(calls).map((name) => [name, "done"])));
    } finally {
      await staff.close();
    }
  } finally {
    await target.cleanup();
    await domain.disconnectDb();
  }
});
