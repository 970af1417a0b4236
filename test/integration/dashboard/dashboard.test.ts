import { describe, expect, it, onTestFinished } from "vitest";
import type { OrderErpState } from "../../../apps/portal/src/generated/prisma/client.ts";
import { AppError } from "../../../apps/portal/src/server/platform/errors/app-error.ts";
import { revokeAgent } from "../../../apps/portal/src/server/admin/agents/revoke-agent.ts";
import { getClientDashboard } from "../../../apps/portal/src/server/insight/dashboard/get-client-dashboard.ts";
import { listClientDashboards } from "../../../apps/portal/src/server/insight/dashboard/list-client-dashboards.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { saveIntegration } from "../../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { acceptOrder } from "../../../apps/portal/src/server/orders/accept-order.ts";
import { makeChannelWithKey, ONE_LINE_ORDER, upsertProduct } from "../channel-api/channel-fixture.ts";
import { makeAgent, makeReportingAgent } from "../../support/agent-factories.ts";
import { companyIntegrationId, makeCompany, makeUser, STAFF_ACTOR, uniqueSuffix } from "../../support/factories.ts";

const DAY_MS = 86_400_000;

/** A company with an enrolled agent and an integration; documents switched off. */
async function configuredCompany() {
  const agent = await makeReportingAgent({
    // Head office's Subiekt GT and, for the tests with several integrations, a partner's Optima.
    connections: [
      { key: "default", erpType: "subiekt-gt" },
      { key: "partner", erpType: "optima" },
    ],
  });
  await saveIntegration({
    actor: STAFF_ACTOR,
    companyId: agent.companyId,
    input: {
      agentId: agent.agentId,
      settings: {
        ...DEFAULT_SETTINGS,
        // Without the documents sync, sale documents are ours to issue (the operator's would go unseen).
        saleDocuments: "writer",
        dataGroups: {
          ...DEFAULT_SETTINGS.dataGroups,
          documents: { ...DEFAULT_SETTINGS.dataGroups.documents, enabled: false },
        },
      },
      expectedVersion: 0,
    },
  });
  return agent;
}

/** Orders accepted from a channel (each queued for the ERP), then set to the given ERP states. */
async function placeOrders(companyId: string, states: OrderErpState[]) {
  const { channel } = await makeChannelWithKey({ companyId });
  await upsertProduct({ companyId, erpId: 1, sku: "A-1" });
  const ids: string[] = [];
  for (const erpState of states) {
    const { order } = await acceptOrder({
      channel: { ...channel, companyId, erpType: "SUBIEKT_GT" },
      input: {
        externalId: `X-${uniqueSuffix()}`,
        ...ONE_LINE_ORDER,
      },
    });
    await getDb().order.update({
      where: { id: order.id },
      data: { erpState, ...(erpState === "FAILED" && { lastError: "Brak towaru", lastErrorAt: new Date() }) },
    });
    ids.push(order.id);
  }
  return ids;
}

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : undefined;
}

describe("client dashboard", () => {
  it("shows one client's agents, enabled groups' last sync, order counts and alerts, and nothing of others", async () => {
    const a = await configuredCompany();
    const b = await configuredCompany();
    const companyId = a.companyId;
    const spare = await makeAgent({ companyId, name: `Zapasowy ${uniqueSuffix()}` });
    const gone = await makeAgent({ companyId });
    await revokeAgent({ actor: STAFF_ACTOR, agentId: gone.agent.id });
    // Presence as a connected agent would have it. No agent answers behind it, so it is undone
    // after the test: later files' sync schedulers must not send it work.
    await getDb().agent.update({ where: { id: a.agentId }, data: { online: true, lastSeenAt: new Date() } });
    onTestFinished(async () => {
      await getDb().agent.update({ where: { id: a.agentId }, data: { online: false } });
    });

    // A: two waiting, one refused, one written, one waiting for the operator's sale document, one
    // held on the customer's credit; plus an old written one that is not today's.
    const [, , , , old] = await placeOrders(companyId, [
      "PENDING",
      "PENDING",
      "FAILED",
      "IDLE",
      "IDLE",
      "AWAITING_ERP",
      "HELD",
    ]);
    await getDb().order.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - 2 * DAY_MS) } });
    // B: three refused, one waiting: none of it is A's.
    await placeOrders(b.companyId, ["FAILED", "FAILED", "FAILED", "PENDING"]);

    const finishedAt = new Date(Date.now() - 60_000);
    const failed = await getDb().syncRun.create({
      data: {
        companyId,
        integrationId: await companyIntegrationId(companyId),
        group: "STOCK",
        kind: "INCREMENTAL",
        trigger: "schedule",
        status: "FAILED",
        finishedAt,
      },
    });
    await getDb().syncState.updateMany({
      where: { companyId, group: "STOCK" },
      data: { lastRunId: failed.id, lastError: "Brak połączenia z SQL Server", lastErrorAt: finishedAt },
    });
    await getDb().syncRun.create({
      data: {
        companyId,
        integrationId: await companyIntegrationId(companyId),
        group: "PRICES",
        kind: "INCREMENTAL",
        trigger: "manual",
        status: "RUNNING",
      },
    });
    // B's run in progress must not show as A's.
    await getDb().syncRun.create({
      data: {
        companyId: b.companyId,
        integrationId: await companyIntegrationId(b.companyId),
        group: "STOCK",
        kind: "FULL",
        trigger: "manual",
        status: "QUEUED",
      },
    });

    const dashboard = await getClientDashboard({ actor: STAFF_ACTOR, companyId });
    expect(dashboard.company.id).toBe(companyId);
    expect(dashboard.integration).toMatchObject({ version: 1, agentId: a.agentId });
    expect(dashboard.agents.map((agent) => [agent.id, agent.online, agent.inUse]).sort()).toEqual(
      [
        [a.agentId, true, true],
        [spare.agent.id, false, false],
      ].sort(),
    );
    expect(dashboard.syncs.map((sync) => sync.integration.id)).toEqual([await companyIntegrationId(companyId)]);
    const groups = dashboard.syncs[0]?.groups ?? [];
    expect(groups.map((g) => g.group)).toEqual(["PRODUCTS", "PRICES", "STOCK", "CUSTOMERS", "PROMOTIONS"]);
    const stock = groups.find((g) => g.group === "STOCK");
    expect(stock).toMatchObject({
      lastRun: { status: "FAILED", finishedAt },
      // A row stored before codes: its words only, which the page quotes for staff.
      lastError: { problem: null, text: "Brak połączenia z SQL Server" },
      pending: null,
    });
    expect(stock?.nextRunAt).toBeInstanceOf(Date);
    expect(groups.find((g) => g.group === "PRICES")?.pending?.status).toBe("RUNNING");
    expect(groups.find((g) => g.group === "PRODUCTS")).toMatchObject({ lastRun: null, pending: null });
    expect(dashboard.orders).toEqual({ waiting: 2, awaitingOperator: 1, failed: 1, held: 1, today: 6 });
    expect(dashboard.alerts.map((alert) => [alert.kind, alert.amount])).toContainEqual(["ERROR_QUEUE", 1]);
    expect(dashboard.alerts.every((alert) => alert.companyId === companyId)).toBe(true);
    // The alerts panel says what the cards say: stock failing (the agent is online, the error queue
    // already alerted), the other groups never synced, one of them running its first sync.
    const notesOf = (d: typeof dashboard) => d.notes.map((n) => [n.kind, "group" in n ? n.group : null]);
    expect(notesOf(dashboard)).toEqual([
      ["neverSynced", "PRODUCTS"],
      ["neverSynced", "PRICES"],
      ["syncFailing", "STOCK"],
      ["neverSynced", "CUSTOMERS"],
      ["neverSynced", "PROMOTIONS"],
    ]);
    expect(dashboard.notes.find((n) => n.kind === "neverSynced" && n.group === "PRICES")).toMatchObject({
      running: true,
    });
    await getDb().syncState.updateMany({
      where: { companyId, group: { in: ["PRODUCTS", "PRICES", "CUSTOMERS", "PROMOTIONS"] } },
      data: { lastSuccessAt: finishedAt },
    });
    expect(notesOf(await getClientDashboard({ actor: STAFF_ACTOR, companyId }))).toEqual([["syncFailing", "STOCK"]]);
    // A success after the failure: stock syncs again, and nothing below the alerts is left to say.
    await getDb().syncState.updateMany({ where: { companyId, group: "STOCK" }, data: { lastSuccessAt: new Date() } });
    expect((await getClientDashboard({ actor: STAFF_ACTOR, companyId })).notes).toEqual([]);

    const all = await listClientDashboards({ actor: STAFF_ACTOR });
    const row = (id: string) => all.find((client) => client.id === id);
    expect(row(companyId)?.orders).toEqual({ waiting: 2, awaitingOperator: 1, failed: 1, held: 1, today: 6 });
    expect(row(b.companyId)?.orders).toEqual({ waiting: 1, awaitingOperator: 0, failed: 3, held: 0, today: 4 });
    expect(row(b.companyId)?.groups.find((g) => g.group === "STOCK")?.pending?.status).toBe("QUEUED");
    expect(row(companyId)?.groups.find((g) => g.group === "STOCK")?.pending).toBeNull();
  });

  it("a company without an integration has no integration, groups, agents or orders, and says its alerts watch nothing yet", async () => {
    const company = await makeCompany();
    const dashboard = await getClientDashboard({ actor: STAFF_ACTOR, companyId: company.id });
    expect(dashboard).toMatchObject({
      company: { id: company.id, name: company.name },
      integration: null,
      agents: [],
      syncs: [],
      orders: { waiting: 0, awaitingOperator: 0, failed: 0, held: 0, today: 0 },
      alerts: [],
      notes: [{ kind: "noAgent", companyId: company.id }],
    });
    await makeAgent({ companyId: company.id });
    expect((await getClientDashboard({ actor: STAFF_ACTOR, companyId: company.id })).notes).toEqual([
      { kind: "notConfigured", companyId: company.id, company: company.name },
    ]);
    const row = (await listClientDashboards({ actor: STAFF_ACTOR })).find((client) => client.id === company.id);
    expect(row).toMatchObject({
      integration: null,
      orders: { waiting: 0, awaitingOperator: 0, failed: 0, held: 0, today: 0 },
    });
  });

  it("with several integrations, shows each one's enabled groups, named, with its own failures and lags", async () => {
    const head = await configuredCompany();
    const { companyId } = head;
    const partner = await saveIntegration({
      actor: STAFF_ACTOR,
      companyId,
      input: {
        agentId: head.agentId,
        agentConnection: "partner",
        name: "Partner",
        erpType: "OPTIMA",
        settings: {
          ...DEFAULT_SETTINGS,
          saleDocuments: "writer",
          dataGroups: Object.fromEntries(
            Object.entries(DEFAULT_SETTINGS.dataGroups).map(([key, group]) => [
              key,
              { ...group, direction: "erp_to_portal", enabled: key === "products" || key === "stock" },
            ]),
          ) as typeof DEFAULT_SETTINGS.dataGroups,
        },
        expectedVersion: 0,
      },
    });
    const headId = await companyIntegrationId(companyId);
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    // Both past the alerts' hour since they started, head office's first; every group synced a minute ago.
    await getDb().integration.update({ where: { id: headId }, data: { createdAt: ago(180) } });
    await getDb().integration.update({ where: { id: partner.id }, data: { createdAt: ago(120) } });
    await getDb().syncState.updateMany({ where: { companyId }, data: { lastSuccessAt: ago(1) } });
    // Head office's stock sync then failed; the partner's last succeeded past the hour.
    await getDb().syncState.updateMany({
      where: { integrationId: headId, group: "STOCK" },
      data: { lastError: "Brak połączenia z SQL Server", lastErrorAt: new Date() },
    });
    const lagged = ago(90);
    await getDb().syncState.updateMany({
      where: { integrationId: partner.id, group: "STOCK" },
      data: { lastSuccessAt: lagged },
    });

    const { syncs } = await getClientDashboard({ actor: STAFF_ACTOR, companyId });
    expect(syncs.map((sync) => [sync.integration, sync.groups.map((g) => g.group), sync.lagging])).toEqual([
      [{ id: headId, name: "Subiekt GT" }, ["PRODUCTS", "PRICES", "STOCK", "CUSTOMERS", "PROMOTIONS"], []],
      [{ id: partner.id, name: "Partner" }, ["PRODUCTS", "STOCK"], ["STOCK"]],
    ]);
    const stockOf = (index: number) => syncs[index]?.groups.find((g) => g.group === "STOCK");
    expect(stockOf(0)).toMatchObject({ lastError: { text: "Brak połączenia z SQL Server" } });
    expect(stockOf(1)).toMatchObject({ lastError: null, lastSuccessAt: lagged });
  });

  it("refuses client users, even for their own company, and names a missing company NOT_FOUND", async () => {
    const { companyId } = await configuredCompany();
    const client = await makeUser({ role: "CLIENT", companyId });
    expect(await refusal(getClientDashboard({ actor: client.actor, companyId }))).toBe("NOT_FOUND");
    expect(await refusal(listClientDashboards({ actor: client.actor }))).toBe("NOT_FOUND");
    const missing = "01900000-0000-7000-8000-000000000000";
    expect(await refusal(getClientDashboard({ actor: STAFF_ACTOR, companyId: missing }))).toBe("NOT_FOUND");
    expect(await refusal(getClientDashboard({ actor: STAFF_ACTOR, companyId: "not-a-uuid" }))).toBe("NOT_FOUND");
  });
});
