import { beforeAll, describe, expect, it } from "vitest";
import { createIntegration } from "../../../apps/portal/src/server/erp-data/integrations/create-integration.ts";
import { getIntegration } from "../../../apps/portal/src/server/erp-data/integrations/get-integration.ts";
import { listConnectionChoices } from "../../../apps/portal/src/server/erp-data/integrations/list-connection-choices.ts";
import { listIntegrations } from "../../../apps/portal/src/server/erp-data/integrations/list-integrations.ts";
import { createChannel } from "../../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { updateChannel } from "../../../apps/portal/src/server/channels/sales-channels/update-channel.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeAgent } from "../../support/agent-factories.ts";
import { makeUser, STAFF_ACTOR } from "../../support/factories.ts";

const checkedAt = new Date().toISOString();
const erp = (reachable: boolean) => ({ configured: true, reachable, message: reachable ? "ok" : "down", checkedAt });

let companyId: string;
let agentId: string;

/**
 * An agent that reported two connections in its hello (what the hub stores from it; the e2e test
 * multi-erp.spec.ts has the real agent report them): head office's Subiekt GT and a partner's Optima.
 */
beforeAll(async () => {
  const made = await makeAgent({ name: "Serwer centrali" });
  companyId = made.companyId;
  agentId = made.agent.id;
  await getDb().agent.update({
    where: { id: agentId },
    data: {
      online: true,
      erpConnections: [
        { key: "default", erpType: "subiekt-gt", erp: erp(true) },
        { key: "partner", erpType: "optima", erp: erp(true) },
        { key: "branch", erpType: "optima", erp: erp(false) },
      ],
    },
  });
});

const create = (input: object, actor = STAFF_ACTOR) => createIntegration({ actor, companyId, input });

describe("several integrations per company", () => {
  it("adds a Subiekt GT and an Optima integration on one agent's two connections, each audited", async () => {
    const head = await create({ name: "Centrala", erpType: "SUBIEKT_GT", agentId, agentConnection: "default" });
    const partner = await create({ name: "Partner", erpType: "OPTIMA", agentId, agentConnection: "partner" });
    const listed = await listIntegrations({ actor: STAFF_ACTOR, companyId });
    expect(listed.map((i) => [i.name, i.erpType, i.readOnly, i.agentConnection, i.connection?.reachable])).toEqual([
      ["Centrala", "SUBIEKT_GT", false, "default", true],
      ["Partner", "OPTIMA", true, "partner", true],
    ]);
    expect(listed.every((i) => i.syncHealth === "never")).toBe(true);
    // Nothing flows back to a read-only ERP.
    const optima = await getIntegration({ actor: STAFF_ACTOR, companyId, integrationId: partner.id });
    expect(Object.values(optima.settings.dataGroups).map((g) => g.direction)).not.toContain("both");
    const audit = await getDb().auditEntry.findMany({
      where: { companyId, entity: "integration", action: "create" },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(audit.map((a) => a.entityId)).toEqual([head.id, partner.id]);
  });

  it("refuses a connection in use, of another ERP type, or not reported, naming the field", async () => {
    const problem = async (input: object) => (await failureOf(create(input))).fieldErrors;
    const base = { name: "Drugi", erpType: "OPTIMA", agentId };
    expect(await problem({ ...base, agentConnection: "partner" })).toEqual({
      agentConnection: [{ code: "agentConnectionUsedBy", params: { name: "Partner" } }],
    });
    expect(await problem({ ...base, agentConnection: "default" })).toEqual({
      agentConnection: [{ code: "agentConnectionOtherErp", params: { code: "subiekt-gt" } }],
    });
    expect(await problem({ ...base, agentConnection: "warehouse" })).toEqual({
      agentConnection: [{ code: "agentConnectionNotReported", params: { name: "Serwer centrali" } }],
    });
    expect(await problem({ ...base, name: "Partner", agentConnection: "branch" })).toEqual({
      name: [{ code: "integrationNameTaken", params: {} }],
    });
    expect(Object.keys((await problem({ name: "", erpType: "SAP", agentId, agentConnection: "x" })) ?? {})).toEqual([
      "name",
      "erpType",
    ]);
    const other = await makeAgent();
    expect(await problem({ ...base, agentId: other.agent.id, agentConnection: "default" })).toEqual({
      agentId: [{ code: "agentNotOurs", params: {} }],
    });
    expect(await getDb().integration.count({ where: { companyId } })).toBe(2);
  });

  it("offers each connection the agent reported, with the integration using it", async () => {
    const [agent] = await listConnectionChoices({ actor: STAFF_ACTOR, companyId });
    expect(agent?.connections.map((c) => [c.key, c.erpType, c.reachable, c.usedBy])).toEqual([
      ["default", "subiekt-gt", true, "Centrala"],
      ["partner", "optima", true, "Partner"],
      ["branch", "optima", false, null],
    ]);
  });

  it("is staff's: a client user of the company is refused and nothing is added; another company's integration is not found", async () => {
    const user = await makeUser({ role: "CLIENT", companyId });
    const input = { name: "Klienta", erpType: "OPTIMA", agentId, agentConnection: "branch" };
    expect((await failureOf(create(input, user.actor))).code).toBe("NOT_FOUND");
    expect((await failureOf(listIntegrations({ actor: user.actor, companyId }))).code).toBe("NOT_FOUND");
    expect(await getDb().integration.count({ where: { companyId } })).toBe(2);
    const [ours] = await listIntegrations({ actor: STAFF_ACTOR, companyId });
    const elsewhere = await makeAgent();
    const read = getIntegration({ actor: STAFF_ACTOR, companyId: elsewhere.companyId, integrationId: ours?.id });
    expect((await failureOf(read)).code).toBe("NOT_FOUND");
    const garbage = getIntegration({ actor: STAFF_ACTOR, companyId, integrationId: "not-a-uuid" });
    expect((await failureOf(garbage)).code).toBe("NOT_FOUND");
  });

  it("binds a channel to the integration it names, and only to one of the company's own", async () => {
    const [head, partner] = await listIntegrations({ actor: STAFF_ACTOR, companyId });
    const { channel } = await createChannel({
      actor: STAFF_ACTOR,
      companyId,
      input: { name: "Sklep partnera", kind: "STORE", integrationId: partner?.id },
    });
    expect(channel.integrationId).toBe(partner?.id);
    const moved = await updateChannel({
      actor: STAFF_ACTOR,
      companyId,
      channelId: channel.id,
      input: { integrationId: head?.id },
    });
    expect(moved.channel.integrationId).toBe(head?.id);
    // Another tenant's integration: its id names nothing for this company.
    const other = await makeAgent();
    const { id: theirId } = await getDb().integration.create({
      data: { companyId: other.companyId, name: "Obca", settings: DEFAULT_SETTINGS },
    });
    const refused = updateChannel({
      actor: STAFF_ACTOR,
      companyId,
      channelId: channel.id,
      input: { integrationId: theirId },
    });
    expect((await failureOf(refused)).code).toBe("NOT_FOUND");
    const after = await getDb().salesChannel.findUnique({ where: { id: channel.id } });
    expect(after?.integrationId).toBe(head?.id);
  });
});
