import { describe, expect, it } from "vitest";
import { createAgent } from "../../apps/portal/src/server/admin/agents/create-agent.ts";
import { issueEnrollmentCode } from "../../apps/portal/src/server/admin/agents/issue-enrollment-code.ts";
import { pingAgent } from "../../apps/portal/src/server/admin/agents/ping-agent.ts";
import { revokeAgent } from "../../apps/portal/src/server/admin/agents/revoke-agent.ts";
import { createApiKey } from "../../apps/portal/src/server/channels/api-keys/create-api-key.ts";
import { revokeApiKey } from "../../apps/portal/src/server/channels/api-keys/revoke-api-key.ts";
import { createChannel } from "../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { disableChannel } from "../../apps/portal/src/server/channels/sales-channels/disable-channel.ts";
import { rotateWebhookSecret } from "../../apps/portal/src/server/channels/sales-channels/rotate-webhook-secret.ts";
import { updateChannel } from "../../apps/portal/src/server/channels/sales-channels/update-channel.ts";
import { readErpLists } from "../../apps/portal/src/server/erp-data/integrations/read-erp-lists.ts";
import { saveIntegration } from "../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { requestSync } from "../../apps/portal/src/server/erp-data/sync/request-sync.ts";
import { dryRunOrder } from "../../apps/portal/src/server/orders/dry-run-order.ts";
import { retryOrders } from "../../apps/portal/src/server/orders/retry-orders.ts";
import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { makeAgent } from "../support/agent-factories.ts";
import { makeCompany, makeUser } from "../support/factories.ts";
import { failureOf } from "../support/failure-of.ts";
import { makeChannelWithKey } from "./channel-api/channel-fixture.ts";

/**
 * The domain functions behind the portal's staff-only server actions (agents, channels and keys,
 * the integration, sync, order retries and dry runs), each called with a client user of the very
 * company it concerns: every one answers NOT_FOUND, as for a missing page, and changes nothing.
 */
describe("staff-only actions refuse a client user of the company itself", () => {
  it("every one answers NOT_FOUND and nothing changes", async () => {
    const company = await makeCompany();
    const client = await makeUser({ role: "CLIENT", companyId: company.id });
    const actor = client.actor;
    const companyId = company.id;
    const { agent } = await makeAgent({ companyId });
    const { channel, apiKey } = await makeChannelWithKey({
      companyId,
      channel: { webhookUrl: "https://shop.example/h" },
    });
    const missingOrder = "0190b7a0-0000-7000-8000-0000000000aa";
    const before = JSON.stringify(
      await getDb().company.findUniqueOrThrow({
        where: { id: companyId },
        include: { agents: true, salesChannels: { include: { apiKeys: true } }, syncRuns: true, integrations: true },
      }),
    );

    const calls: Record<string, () => Promise<unknown>> = {
      createAgent: () => createAgent({ actor, companyId, name: "Serwer klienta" }),
      issueEnrollmentCode: () => issueEnrollmentCode({ actor, agentId: agent.id }),
      revokeAgent: () => revokeAgent({ actor, agentId: agent.id }),
      pingAgent: () => pingAgent({ actor, agentId: agent.id }),
      createChannel: () => createChannel({ actor, companyId, input: { name: "Mój sklep", kind: "STORE" } }),
      updateChannel: () => updateChannel({ actor, companyId, channelId: channel.id, input: { name: "Zmieniony" } }),
      disableChannel: () => disableChannel({ actor, companyId, channelId: channel.id }),
      rotateWebhookSecret: () => rotateWebhookSecret({ actor, companyId, channelId: channel.id }),
      createApiKey: () => createApiKey({ actor, companyId, channelId: channel.id, input: { name: "mój klucz" } }),
      revokeApiKey: () => revokeApiKey({ actor, companyId, apiKeyId: apiKey.id }),
      saveIntegration: () => saveIntegration({ actor, companyId, input: {} }),
      readErpLists: () => readErpLists({ actor, companyId, agentId: agent.id }),
      requestSync: () => requestSync({ actor, companyId, input: { group: "PRODUCTS", kind: "INCREMENTAL" } }),
      retryOrders: () => retryOrders({ actor, email: client.email, input: { orderIds: [missingOrder] } }),
      dryRunOrder: () => dryRunOrder({ actor, orderId: missingOrder }),
    };
    const answers: Record<string, string> = {};
    for (const [name, call] of Object.entries(calls)) answers[name] = (await failureOf(call())).code;
    expect(answers).toEqual(Object.fromEntries(Object.keys(calls).map((name) => [name, "NOT_FOUND"])));

    const after = JSON.stringify(
      await getDb().company.findUniqueOrThrow({
        where: { id: companyId },
        include: { agents: true, salesChannels: { include: { apiKeys: true } }, syncRuns: true, integrations: true },
      }),
    );
    expect(after).toBe(before);
  });
});
