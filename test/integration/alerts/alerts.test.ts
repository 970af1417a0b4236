import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { findAlerts } from "../../../apps/portal/src/server/insight/alerts/find-alerts.ts";
import { sendAlertEmail } from "../../../apps/portal/src/server/insight/alerts/send-alert-email.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { saveIntegration } from "../../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { acceptOrder } from "../../../apps/portal/src/server/orders/accept-order.ts";
import { makeChannelWithKey, ONE_LINE_ORDER, upsertProduct } from "../channel-api/channel-fixture.ts";
import { makeEnrolledAgent, makeReportingAgent } from "../../support/agent-factories.ts";
import { makeCompany, makeUser, STAFF_ACTOR } from "../../support/factories.ts";
import { alertKey } from "../../../apps/portal/src/server/insight/alerts/alert-text.ts";
import { getClientDashboard } from "../../../apps/portal/src/server/insight/dashboard/get-client-dashboard.ts";

type TMail = { to: string[]; body: string };

/** A mail body as sent (quoted-printable) back to its text. */
function quotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, "%25"));
}
const mails: TMail[] = [];
let smtp: SMTPServer;
let smtpUrl = "";

beforeAll(async () => {
  // A local catcher standing in for the mail server, as in development.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (chunk: Buffer) => (body += chunk.toString()));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const address = smtp.server.address();
  if (typeof address !== "object" || !address) throw new Error("no smtp port");
  smtpUrl = `smtp://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function companyWithIntegration(alerts: Partial<typeof DEFAULT_SETTINGS.alerts> = {}) {
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
      settings: { ...DEFAULT_SETTINGS, alerts: { ...DEFAULT_SETTINGS.alerts, ...alerts } },
      expectedVersion: 0,
    },
  });
  return agent;
}

describe("alerts", () => {
  it("an agent offline too long, a data group not synced for too long and refused orders raise alerts, and clear", async () => {
    const agent = await companyWithIntegration({ agentOfflineMinutes: 15, syncLagMinutes: 60, errorQueueSize: 1 });
    const { companyId } = agent;
    expect(await findAlerts({ companyId })).toEqual([]);

    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await getDb().agent.update({ where: { id: agent.agentId }, data: { online: false, lastSeenAt: ago(20) } });
    await getDb().syncState.updateMany({ where: { companyId, group: "STOCK" }, data: { lastSuccessAt: ago(90) } });
    await getDb().integration.updateMany({ where: { companyId }, data: { createdAt: ago(120) } });
    await getDb().syncState.updateMany({
      where: { companyId, group: { not: "STOCK" } },
      data: { lastSuccessAt: ago(1) },
    });
    const { channel } = await makeChannelWithKey({ companyId });
    await upsertProduct({ companyId, erpId: 1, sku: "A-1" });
    const { order } = await acceptOrder({
      channel: { ...channel, companyId, erpType: "SUBIEKT_GT" },
      input: {
        externalId: "X-1",
        ...ONE_LINE_ORDER,
      },
    });
    await getDb().order.update({ where: { id: order.id }, data: { erpState: "FAILED", lastErrorAt: new Date() } });

    const alerts = await findAlerts({ companyId });
    expect(alerts.map((a) => [a.kind, a.subject, a.amount])).toEqual([
      ["AGENT_OFFLINE", expect.any(String), 20],
      ["ERROR_QUEUE", "orders", 1],
      ["SYNC_LAG", "STOCK", 90],
    ]);

    // No agent answers behind this presence: undone after the test, so no later scheduler sends it work.
    await getDb().agent.update({ where: { id: agent.agentId }, data: { online: true, lastSeenAt: new Date() } });
    onTestFinished(async () => {
      await getDb().agent.update({ where: { id: agent.agentId }, data: { online: false } });
    });
    expect((await findAlerts({ companyId })).map((a) => a.kind)).not.toContain("AGENT_OFFLINE");
  });

  it("e-mails staff, and the client's users only when chosen, never another company's", async () => {
    const quiet = await companyWithIntegration({ notifyClient: false });
    const told = await companyWithIntegration({ notifyClient: true });
    const [staff, quietClient, toldClient, stranger] = [
      await makeUser({ role: "STAFF" }),
      await makeUser({ role: "CLIENT", companyId: quiet.companyId }),
      await makeUser({ role: "CLIENT", companyId: told.companyId }),
      await makeUser({ role: "CLIENT", companyId: (await makeCompany()).id }),
    ];
    for (const agent of [quiet, told]) {
      await getDb().agent.update({
        where: { id: agent.agentId },
        data: { online: false, lastSeenAt: new Date(Date.now() - 3_600_000) },
      });
    }
    for (const agent of [quiet, told]) {
      const [alert] = await findAlerts({ companyId: agent.companyId });
      if (!alert) throw new Error("an offline alert");
      mails.length = 0;
      await sendAlertEmail({ alert, smtpUrl });
      const to = mails.flatMap((m) => m.to);
      expect(to).toContain(staff.email);
      expect(to).not.toContain(stranger.email);
      if (agent === told) expect(to).toContain(toldClient.email);
      else expect(to).not.toContain(quietClient.email);
      expect(mails[0]?.body).toMatch(/offline/);
    }
  });

  it("orders held on credit raise their own alert, e-mailed in words with a link to the error queue, and clear", async () => {
    const agent = await companyWithIntegration({ errorQueueSize: 2 });
    const { companyId } = agent;
    const english = await makeUser({ role: "STAFF" });
    await getDb().user.update({ where: { id: english.id }, data: { locale: "en" } });
    const { channel } = await makeChannelWithKey({ companyId, channel: { kind: "B2B" } });
    await upsertProduct({ companyId, erpId: 1, sku: "A-1" });
    const orderIds: string[] = [];
    for (const externalId of ["H-1", "H-2", "F-1"]) {
      const { order } = await acceptOrder({
        channel: { ...channel, companyId, erpType: "SUBIEKT_GT" },
        input: {
          externalId,
          ...ONE_LINE_ORDER,
        },
      });
      orderIds.push(order.id);
    }
    // How the credit rule leaves an order (orders/credit-holds.test.ts holds them through the agent).
    const [first, second, refused] = orderIds;
    await getDb().order.updateMany({
      where: { id: { in: [first ?? "", second ?? ""] } },
      data: { erpState: "HELD", lastErrorAt: new Date() },
    });
    await getDb().order.update({ where: { id: refused }, data: { erpState: "FAILED", lastErrorAt: new Date() } });

    // Two held reach the threshold of 2; one refused does not.
    const alerts = await findAlerts({ companyId });
    expect(alerts.map((a) => [a.kind, a.amount])).toEqual([["CREDIT_HOLD", 2]]);
    const [held] = alerts;
    if (!held) throw new Error("a credit-hold alert");
    const polish = await makeUser({ role: "STAFF" });
    mails.length = 0;
    await sendAlertEmail({ alert: held, smtpUrl });
    const body = (email: string) => quotedPrintable(mails.find((m) => m.to.includes(email))?.body ?? "");
    expect(body(polish.email)).toContain(
      "2 zamówienia B2B wstrzymane z powodu kredytu kupujących czekają na decyzję obsługi: zwolnij albo anuluj.",
    );
    expect(body(english.email)).toContain(
      "2 B2B orders held on their buyers' credit wait for staff to release or cancel.",
    );
    expect(body(polish.email)).toContain(`/orders?view=errors&companyId=${companyId}`);

    await getDb().order.update({ where: { id: first }, data: { erpState: "PENDING" } });
    expect(await findAlerts({ companyId })).toEqual([]);
  });

  it("with several integrations: an agent serving two is one alert and one e-mail naming both; each one's lag is its own", async () => {
    const agent = await companyWithIntegration({ agentOfflineMinutes: 30, syncLagMinutes: 60 });
    const { companyId } = agent;
    // The partner's Optima on a second connection of the same agent, watched more closely.
    const partner = await saveIntegration({
      actor: STAFF_ACTOR,
      companyId,
      input: {
        agentId: agent.agentId,
        agentConnection: "partner",
        name: "Partner",
        erpType: "OPTIMA",
        settings: { ...DEFAULT_SETTINGS, alerts: { ...DEFAULT_SETTINGS.alerts, agentOfflineMinutes: 15 } },
        expectedVersion: 0,
      },
    });
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    // Both old enough to be watched, head office's first: integrations are named in the order they were added.
    await getDb().integration.updateMany({ where: { companyId }, data: { createdAt: ago(120) } });
    await getDb().integration.update({ where: { id: partner.id }, data: { createdAt: ago(119) } });
    await getDb().syncState.updateMany({ where: { companyId }, data: { lastSuccessAt: ago(1) } });
    await getDb().agent.update({ where: { id: agent.agentId }, data: { online: false, lastSeenAt: ago(20) } });
    // Past the partner's 15 minutes, not head office's 30: one alert, at the closer watch, naming both.
    const offline = await findAlerts({ companyId });
    expect(offline.map((a) => [a.kind, a.integrationId, a.integration, a.amount])).toEqual([
      ["AGENT_OFFLINE", null, "Subiekt GT, Partner", 20],
    ]);
    const [alert] = offline;
    if (!alert) throw new Error("an offline alert");
    const staff = await makeUser({ role: "STAFF" });
    mails.length = 0;
    await sendAlertEmail({ alert, smtpUrl });
    const toStaff = mails.filter((m) => m.to.includes(staff.email));
    expect(toStaff).toHaveLength(1);
    expect(quotedPrintable(toStaff[0]?.body ?? "")).toContain(
      "(integracje: Subiekt GT, Partner) jest offline od 20 min.",
    );

    // The partner's stock lags, head office's does not: one alert, the partner's, named.
    await getDb().syncState.updateMany({
      where: { integrationId: partner.id, group: "STOCK" },
      data: { lastSuccessAt: ago(90) },
    });
    const lagging = (await findAlerts({ companyId })).filter((a) => a.kind === "SYNC_LAG");
    expect(lagging.map((a) => [a.subject, a.integrationId, a.integration])).toEqual([["STOCK", partner.id, "Partner"]]);
    expect(new Set((await findAlerts({ companyId })).map(alertKey)).size).toBe(2);

    // The partner moves to an agent of its own, which goes offline while head office's is fine: that one is named.
    const second = await makeEnrolledAgent({ companyId });
    await getDb().agent.update({ where: { id: agent.agentId }, data: { online: true, lastSeenAt: new Date() } });
    onTestFinished(async () => {
      await getDb().agent.update({ where: { id: agent.agentId }, data: { online: false } });
    });
    await getDb().integration.update({ where: { id: partner.id }, data: { agentId: second.agentId } });
    await getDb().agent.update({ where: { id: second.agentId }, data: { online: false, lastSeenAt: ago(16) } });
    const partnerOffline = (await findAlerts({ companyId })).filter((a) => a.kind === "AGENT_OFFLINE");
    const secondName = (await getDb().agent.findUniqueOrThrow({ where: { id: second.agentId } })).name;
    expect(partnerOffline.map((a) => [a.subject, a.integration])).toEqual([[secondName, "Partner"]]);

    // The dashboard's notes below the alerts name each integration: a partner's group that never
    // synced, too young to lag (its integration just started).
    await getDb().integration.update({ where: { id: partner.id }, data: { createdAt: new Date() } });
    await getDb().syncState.updateMany({
      where: { integrationId: partner.id, group: "PRICES" },
      data: { lastSuccessAt: null },
    });
    const { notes } = await getClientDashboard({ actor: STAFF_ACTOR, companyId });
    expect(notes.filter((n) => n.kind === "neverSynced")).toEqual([
      expect.objectContaining({ group: "PRICES", integration: "Partner", integrationId: partner.id }),
    ]);
  });
});
