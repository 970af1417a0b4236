import crypto from "node:crypto";

/**
 * The portal's domain layer on the e2e database, to give a company of its own an agent, a
 * channel, an order with a complaint and an agent update. Loaded on first use: the database
 * exists only once global setup ran, and the portal's env module reads DATABASE_URL when it loads.
 */
export async function loadDomain() {
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

export type TDomain = Awaited<ReturnType<typeof loadDomain>>;

export type TActionTargets = Record<
  "companyId" | "integrationId" | "agentId" | "channelId" | "apiKeyId" | "orderId" | "complaintId" | "updateId",
  string
>;

/** A company with something for every staff action to act on, and a client user of it. */
export async function companyToActOn(domain: TDomain) {
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
