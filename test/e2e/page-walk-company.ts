import { randomBytes } from "node:crypto";

/**
 * A company staff look after with something on every page: an integration saved twice (the
 * specification and its audit diff), an agent that never connected, a stock sync failing with a
 * database error in English, documents synced, a channel and an order the channel marked paid
 * without a payment recorded. Made through the portal's domain layer on the e2e database.
 */
export async function makeStaffCompany() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is set by global-setup");
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  process.env.SECRETS_KEY ??= randomBytes(32).toString("hex");
  const [factories, agents, channels, dbModule, settingsModule, audit, ids] = await Promise.all([
    import("../support/factories.ts"),
    import("../support/agent-factories.ts"),
    import("../integration/channel-api/channel-fixture.ts"),
    import("../../apps/portal/src/server/platform/database/db.ts"),
    import("../../apps/portal/src/server/settings/integration-settings.ts"),
    import("../../apps/portal/src/server/admin/audit/record-audit.ts"),
    import("../../apps/portal/src/server/platform/database/uuid-v7.ts"),
  ]);
  const db = dbModule.getDb();
  const staff = await factories.makeUser({ role: "STAFF" });
  const company = await factories.makeCompany({ name: `Przegląd ${randomBytes(2).toString("hex")}` });
  const { agent } = await agents.makeAgent({ companyId: company.id, name: "Serwer w biurze" });
  const on = { enabled: true, direction: "erp_to_portal", intervalSeconds: 900 } as const;
  const first = {
    ...settingsModule.DEFAULT_SETTINGS,
    dataGroups: { ...settingsModule.DEFAULT_SETTINGS.dataGroups, stock: on, documents: on },
    warehouses: [
      { erpId: 1, role: "store" as const, code: "MAG", name: "Magazyn główny" },
      { erpId: 2, role: "showroom" as const, code: "SWA", name: "Salon Warszawa" },
    ],
    paymentMethods: [{ channelCode: "card", erpName: "card", prepaid: true }],
    deliveryMethods: [{ channelCode: "courier", kind: "courier" as const, showroomWarehouseId: null }],
  };
  const second = { ...first, dataGroups: { ...first.dataGroups, stock: { ...on, intervalSeconds: 300 } } };
  const { id: integrationId } = await db.integration.create({
    data: { companyId: company.id, name: "Subiekt GT", agentId: agent.id, settings: second, version: 2 },
  });
  await dbModule.runTransaction(async (tx) => {
    // Under the integration's id, as a save records it: the specification lists that integration's versions only.
    const change = { companyId: company.id, entity: "integration", entityId: integrationId };
    await audit.recordAudit({
      tx,
      actor: staff.actor,
      change: { ...change, action: "create", after: { agentId: agent.id, version: 1, settings: first } },
    });
    await audit.recordAudit({
      tx,
      actor: staff.actor,
      change: {
        ...change,
        action: "update",
        before: { agentId: agent.id, version: 1, settings: first },
        after: { agentId: agent.id, version: 2, settings: second },
      },
    });
  });
  // A franchise partner's Comarch ERP Optima on the same agent: a read-only integration's pages.
  const { id: optimaId } = await db.integration.create({
    data: {
      companyId: company.id,
      name: "Partner Optima",
      erpType: "OPTIMA",
      agentId: agent.id,
      agentConnection: "partner",
      settings: settingsModule.DEFAULT_SETTINGS,
    },
  });
  const detail =
    "Invalid `prisma.erpStock.upsert()` invocation: Transaction already closed: the database is not reachable";
  await db.syncState.create({
    data: {
      companyId: company.id,
      integrationId,
      group: "STOCK",
      lastError: `The data read could not be stored in the copy. Detail: ${detail}`,
      lastErrorCode: "applyFailed",
      lastErrorParams: { detail },
      lastErrorAt: new Date(),
    },
  });
  await db.syncState.create({
    data: { companyId: company.id, integrationId, group: "DOCUMENTS", lastSuccessAt: new Date(Date.now() - 3_600_000) },
  });
  const { channel } = await channels.makeChannelWithKey({ companyId: company.id });
  const order = await db.order.create({
    data: {
      id: ids.uuidV7(),
      companyId: company.id,
      channelId: channel.id,
      externalId: `PRZEGLAD-${randomBytes(3).toString("hex")}`,
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
      paidAmount: 10,
      paidAt: new Date(),
      erpState: "FAILED",
      lastError: "Brak towaru",
      lastErrorAt: new Date(),
    },
  });
  return { staff, companyId: company.id, companyName: company.name, orderId: order.id, optimaId };
}
