import crypto from "node:crypto";
import pg from "pg";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { companyToActOn, loadDomain, type TActionTargets } from "./company-to-act-on.ts";
import { seeded, signIn } from "./fixtures.ts";
import { builtServerActions, pageUrl, postServerAction, type TFormArg } from "./server-actions.ts";

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
    "(portal)/clients/[companyId]/setup/setup-actions.ts#checkStepAction": [
      companyId,
      null,
      { step: "agent", agentId },
    ],
    "(portal)/clients/[companyId]/setup/setup-actions.ts#searchProductsAction": [
      companyId,
      { agentId, connection: "default", query: "", warehouseIds: [1] },
    ],
    "(portal)/clients/[companyId]/setup/setup-actions.ts#finishSetupAction": [companyId, null, {}],
    "(portal)/clients/[companyId]/setup/download-actions.ts#windowsBuildAction": [],
    "(portal)/clients/[companyId]/setup/setup-actions.ts#preflightAction": [companyId, null],
    "(portal)/clients/[companyId]/setup/sfera-check-actions.ts#checkSferaAction": [companyId, agentId, "default"],
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
