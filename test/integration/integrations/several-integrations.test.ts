import { DEFAULT_CONNECTION } from "@erp-bridge/shared";
import { describe, expect, it } from "vitest";
import { authenticateApiKey } from "../../../apps/portal/src/server/channels/api-keys/authenticate-api-key.ts";
import { createApiKey } from "../../../apps/portal/src/server/channels/api-keys/create-api-key.ts";
import { createChannel } from "../../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { saveIntegration } from "../../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { acceptOrder } from "../../../apps/portal/src/server/orders/accept-order.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { httpStatusFor } from "../../../apps/portal/src/server/platform/errors/app-error.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { makeEnrolledAgent } from "../../support/agent-factories.ts";
import { failureOf } from "../../support/failure-of.ts";
import { companyIntegrationId, STAFF_ACTOR, uniqueSuffix } from "../../support/factories.ts";
import {
  callRoute,
  makeChannelWithKey,
  ONE_LINE_ORDER,
  routeGet,
  upsertProduct,
} from "../channel-api/channel-fixture.ts";

const getProducts = await routeGet("products");

/** What an order needs of the settings to be written: a store warehouse and the courier mapped. */
const ORDER_SETTINGS = {
  ...DEFAULT_SETTINGS,
  warehouses: [{ erpId: 1, role: "store" as const }],
  deliveryMethods: [{ channelCode: "courier", kind: "courier" as const, showroomWarehouseId: null }],
};

/** A company's second integration, a Comarch ERP Optima one, with a channel and a key of its own. */
async function secondIntegration(companyId: string) {
  const optima = await saveIntegration({
    actor: STAFF_ACTOR,
    companyId,
    input: { agentId: null, name: "Optima", erpType: "OPTIMA", settings: DEFAULT_SETTINGS, expectedVersion: 0 },
  });
  const { channel } = await createChannel({
    actor: STAFF_ACTOR,
    companyId,
    input: { name: `Franczyza ${uniqueSuffix()}`, kind: "STORE", integrationId: optima.id },
  });
  const { key } = await createApiKey({ actor: STAFF_ACTOR, companyId, channelId: channel.id, input: { name: "k" } });
  return { integrationId: optima.id, channel, key };
}

const apiChannel = async (key: string) => (await authenticateApiKey({ authorization: `Bearer ${key}` })).channel;

describe("several integrations in one company (issue 19)", () => {
  it("each channel sees its own integration's copy, the same ERP id in both kept apart", async () => {
    const first = await makeChannelWithKey();
    const { companyId } = first;
    const second = await secondIntegration(companyId);
    expect(first.channel.integrationId).toBe(await companyIntegrationId(companyId));
    expect(second.channel.integrationId).toBe(second.integrationId);
    await upsertProduct({ companyId, erpId: 7, sku: "HQ-7" });
    await upsertProduct({ companyId, integrationId: second.integrationId, erpId: 7, sku: "FR-7" });

    const skus = async (key: string) => {
      const answer = await callRoute({ get: getProducts, path: "/api/v1/products", key });
      expect(answer.status).toBe(200);
      return (answer.body as { items: { sku: string }[] }).items.map((item) => item.sku);
    };
    expect(await skus(first.key)).toEqual(["HQ-7"]);
    expect(await skus(second.key)).toEqual(["FR-7"]);
  });

  it("a channel of a read-only ERP is refused orders with ERP_READ_ONLY, and nothing is stored", async () => {
    const { companyId } = await makeChannelWithKey();
    const optima = await secondIntegration(companyId);
    await upsertProduct({ companyId, integrationId: optima.integrationId, erpId: 1, sku: "A-1" });
    const channel = await apiChannel(optima.key);
    expect(channel.erpType).toBe("OPTIMA");

    const failure = await failureOf(acceptOrder({ channel, input: { ...ONE_LINE_ORDER, externalId: "RO-1" } }));
    expect(failure.code).toBe("ERP_READ_ONLY");
    expect(httpStatusFor(failure.code)).toBe(409);
    expect(failure.problem?.code).toBe("erpReadOnly");
    expect(await getDb().order.count({ where: { channelId: optima.channel.id } })).toBe(0);
  });

  it("an order goes to its channel's integration: its agent and the ERP connection the integration names", async () => {
    const agent = await makeEnrolledAgent();
    const { companyId } = agent;
    const { key } = await makeChannelWithKey({ companyId });
    const integrationId = await companyIntegrationId(companyId);
    await getDb().integration.update({
      where: { id: integrationId },
      data: { agentId: agent.agentId, agentConnection: "hq", settings: ORDER_SETTINGS },
    });
    await upsertProduct({ companyId, erpId: 1, sku: "A-1" });
    const channel = await apiChannel(key);

    // The agent never said it serves "hq": the order is taken and waits, saying why.
    const waiting = await acceptOrder({ channel, input: { ...ONE_LINE_ORDER, externalId: `HQ-${uniqueSuffix()}` } });
    const stored = await getDb().order.findUniqueOrThrow({ where: { id: waiting.order.id } });
    expect(stored).toMatchObject({
      integrationId,
      erpState: "PENDING",
      erpCommandId: null,
      lastErrorCode: "connectionUnknown",
      lastErrorParams: { connection: "hq" },
    });

    // Once the agent lists it, the ZK goes to that connection.
    const erp = { configured: true, reachable: true, message: "ok", checkedAt: new Date().toISOString() };
    await getDb().agent.update({
      where: { id: agent.agentId },
      data: {
        erpConnections: [
          { key: DEFAULT_CONNECTION, erpType: "subiekt-gt", erp },
          { key: "hq", erpType: "subiekt-gt", erp },
        ],
      },
    });
    const sent = await acceptOrder({ channel, input: { ...ONE_LINE_ORDER, externalId: `HQ-${uniqueSuffix()}` } });
    const row = await getDb().order.findUniqueOrThrow({ where: { id: sent.order.id } });
    expect(row.integrationId).toBe(integrationId);
    const command = await getDb().agentCommand.findUniqueOrThrow({ where: { id: row.erpCommandId ?? "" } });
    expect(command).toMatchObject({ agentId: agent.agentId, connection: "hq", name: "erp.order.create" });
  });
});
