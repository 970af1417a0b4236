import http from "node:http";
import type { AddressInfo } from "node:net";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimCommands } from "../../../apps/portal/src/server/agent-link/commands/claim-commands.ts";
import { finishCommand } from "../../../apps/portal/src/server/agent-link/commands/finish-command.ts";
import { portalRequestListener } from "../../../apps/portal/src/server/boot/portal-requests.ts";
import { makeAgent } from "../../support/agent-factories.ts";
import { cachedPlansAfterGrowth, captureQueries } from "../../support/explain-queries.ts";
import { companyIntegrationId, makeCompany } from "../../support/factories.ts";
import {
  companyTakingOrders,
  makeChannelWithKey,
  twoLineOrder,
  upsertProduct,
} from "../channel-api/channel-fixture.ts";

/** What grows with a client's business among the tables the hot path's statements read. */
const GROWING = ["AgentCommand", "ApiKey", "ErpProduct", "SalesChannel"];

let listener: http.Server;
let intakeUrl: string;
beforeAll(async () => {
  listener = http.createServer(portalRequestListener({ next: async (_req, res) => void res.writeHead(404).end() }));
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  intakeUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/api/v1/orders`;
});
afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())));

/**
 * The statements on the hottest paths (an order's intake, a command's claim and outcome) that go to
 * PostgreSQL as named prepared statements keep their plan on each connection. A plan settled while
 * a client's tables were small must still read them by index once they are large: a generic plan of
 * the claim read every AgentCommand row (bench:tunnel at 500/s: p99 7.6 s). What keeps them so is
 * that every pooled connection plans each statement with its values (POOL_SESSION_OPTIONS): without
 * it the intake's statements here read every API key, sales channel and product.
 */
describe("prepared statements of the hot paths", () => {
  it("keep plans that read no growing table whole after the tables grew", async () => {
    const { companyId, agentId } = await companyTakingOrders();
    await upsertProduct({ companyId, erpId: 1, sku: "A-1" });
    await upsertProduct({ companyId, erpId: 2, sku: "B-2" });
    const { key } = await makeChannelWithKey({ companyId });
    const other = await otherClient();

    const captured = await captureQueries(async () => {
      // The key's first request here checks it before the body; the next reads along with the key.
      for (let i = 0; i < 2; i++) {
        const response = await fetch(intakeUrl, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify(twoLineOrder()),
        });
        expect(response.status).toBe(201);
      }
      const { commands } = await claimCommands({ agentId, exclude: [] });
      expect(commands).toHaveLength(2);
      const [first] = commands;
      if (!first) throw new Error("nothing claimed");
      await finishCommand({
        agentId,
        commandId: first.id,
        name: first.name,
        pages: 0,
        outcome: { ok: false, error: { code: "TIMEOUT", message: "test" } },
      });
    });
    const prepared = captured.filter((statement) => statement.name !== undefined);
    // The key's statements and the order's insert; the claim and the outcome (both update AgentCommand).
    expect(prepared.length).toBeGreaterThanOrEqual(5);
    expect(prepared.filter((statement) => statement.text.includes('UPDATE "AgentCommand"'))).toHaveLength(2);

    const plans = await cachedPlansAfterGrowth({
      captured,
      databaseUrl: process.env.DATABASE_URL ?? "",
      grow: (client) => growTables(client, other),
    });
    const offending = plans
      .filter((plan) => plan.relations.some((relation) => GROWING.includes(relation)))
      .map((plan) => `${plan.relations.join(", ")}: ${plan.text.replace(/\s+/g, " ").slice(0, 300)}\n${plan.plan}`);
    expect(offending).toEqual([]);
  }, 60_000);
});

/** Another company's agent, integration and channel, whose rows the tables grow with. */
async function otherClient() {
  const { companyId, agent } = await makeAgent({ companyId: (await makeCompany()).id });
  const integrationId = await companyIntegrationId(companyId);
  const { channel } = await makeChannelWithKey({ companyId });
  return { companyId, agentId: agent.id, integrationId, channelId: channel.id };
}

/** A year of another client's business, left unanalyzed: commands, keys, channels, products. */
async function growTables(
  client: pg.Client,
  other: { companyId: string; agentId: string; integrationId: string; channelId: string },
) {
  const { companyId, agentId, integrationId, channelId } = other;
  await client.query(
    `INSERT INTO "AgentCommand" ("id", "agentId", "companyId", "name", "idempotencyKey", "input", "status", "timeoutMs")
     SELECT gen_random_uuid(), $1::uuid, $2::uuid, 'diagnostics.echo', 'grown-' || i, '{}'::jsonb,
       (CASE WHEN i % 100 = 0 THEN 'QUEUED' ELSE 'SUCCEEDED' END)::"CommandStatus", 30000
     FROM generate_series(1, 20000) AS i`,
    [agentId, companyId],
  );
  await client.query(
    `INSERT INTO "SalesChannel" ("id", "companyId", "integrationId", "name", "kind", "warehouseIds", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, $2::uuid, 'Kanał ' || i, 'STORE', '{}', now() FROM generate_series(1, 1000) AS i`,
    [companyId, integrationId],
  );
  await client.query(
    `INSERT INTO "ApiKey" ("id", "companyId", "channelId", "name", "prefix", "secretHash")
     SELECT gen_random_uuid(), $1::uuid, $2::uuid, 'klucz ' || i, 'ebk_' || i, md5('grown-' || i)
     FROM generate_series(1, 5000) AS i`,
    [companyId, channelId],
  );
  await client.query(
    `INSERT INTO "ErpProduct" ("integrationId", "companyId", "erpId", "sku", "name", "barcodes", "unit", "vatRate",
       "online", "blocked", "deleted", "type", "customFields", "rowVersion")
     SELECT $1::uuid, $2::uuid, i, 'G-' || i, 'Produkt ' || i, '{}', 'szt', 23, true, false, false, 'goods', '{}'::jsonb,
       nextval('erp_row_version')
     FROM generate_series(1, 30000) AS i`,
    [integrationId, companyId],
  );
}
