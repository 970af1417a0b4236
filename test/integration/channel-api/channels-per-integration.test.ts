import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChannel } from "../../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { updateChannel } from "../../../apps/portal/src/server/channels/sales-channels/update-channel.ts";
import { createIntegration } from "../../../apps/portal/src/server/erp-data/integrations/create-integration.ts";
import { getIntegration } from "../../../apps/portal/src/server/erp-data/integrations/get-integration.ts";
import { readErpLists } from "../../../apps/portal/src/server/erp-data/integrations/read-erp-lists.ts";
import { saveIntegration } from "../../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { acceptOrder } from "../../../apps/portal/src/server/orders/accept-order.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { fieldErrorsText } from "../../../apps/portal/src/server/platform/errors/app-error.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { failureOf } from "../../support/failure-of.ts";
import { STAFF_ACTOR, uniqueSuffix } from "../../support/factories.ts";
import { startTwoErpAgent, type TTwoErpAgent } from "../../support/two-erp-agent.ts";
import { ONE_LINE_ORDER, upsertProduct, upsertStock } from "./channel-fixture.ts";

let world: TTwoErpAgent;
let agent: TTwoErpAgent["agent"];
let companyId: string;
let head: string;
let partner: string;
/** What each ERP has, read live through the one agent: each integration's own connection. */
let lists: { head: Awaited<ReturnType<typeof readErpLists>>; partner: Awaited<ReturnType<typeof readErpLists>> };

/** The agent serving head office's Subiekt GT and a partner's Optima, and an integration on each. */
beforeAll(async () => {
  world = await startTwoErpAgent();
  ({ agent, companyId } = world);
  const create = (name: string, erpType: string, agentConnection: string) =>
    createIntegration({
      actor: STAFF_ACTOR,
      companyId,
      input: { name, erpType, agentId: agent.agentId, agentConnection },
    });
  head = (await create("Centrala", "SUBIEKT_GT", "default")).id;
  partner = (await create("Partner", "OPTIMA", "partner")).id;
  const read = (connection: string) =>
    readErpLists({ actor: STAFF_ACTOR, companyId, agentId: agent.agentId, connection });
  lists = { head: await read("default"), partner: await read("partner") };
}, 120_000);
afterAll(async () => {
  await world?.close();
});

/** A warehouse and a price level head office's ERP has and the partner's does not. */
function onlyInHead() {
  const partnerWarehouses = lists.partner.warehouses.map((w) => w.id);
  const partnerLevels = lists.partner.priceLevels.map((p) => p.level);
  const warehouse = lists.head.warehouses.find((w) => !partnerWarehouses.includes(w.id))?.id;
  const level = lists.head.priceLevels.find((p) => !partnerLevels.includes(p.level))?.level;
  if (warehouse === undefined || level === undefined) throw new Error("the sandboxes differ in warehouses and levels");
  return { warehouse, level };
}

const newChannel = (input: Record<string, unknown>) =>
  createChannel({ actor: STAFF_ACTOR, companyId, input: { name: `Kanał ${uniqueSuffix()}`, kind: "STORE", ...input } });

describe("a channel's warehouses and price level are its own integration's ERP's", () => {
  it("each integration's lists come from its own connection: the two ERPs differ", () => {
    expect(lists.partner.warehouses.map((w) => w.code)).toContain("MAGAZYN");
    expect(lists.head.warehouses.map((w) => w.code)).not.toContain("MAGAZYN");
    expect(onlyInHead()).toBeTruthy();
  });

  it("refuses on the partner's channel a warehouse and a level only head office's ERP has, naming the field and the integration", async () => {
    const { warehouse, level } = onlyInHead();
    const partnerWarehouse = lists.partner.warehouses[0]?.id ?? 0;
    const refused = await failureOf(
      newChannel({ integrationId: partner, warehouseIds: [partnerWarehouse, warehouse], priceLevel: level }),
    );
    expect(refused.code).toBe("INVALID_INPUT");
    expect(refused.fieldErrors).toEqual({
      // Stored sorted: the refused id's place in the list the channel keeps.
      [`warehouseIds.${[partnerWarehouse, warehouse].sort((a, b) => a - b).indexOf(warehouse)}`]: [
        { code: "noWarehouseInIntegration", params: { id: warehouse, integration: "Partner" } },
      ],
      priceLevel: [{ code: "noPriceLevelInIntegration", params: { level, integration: "Partner" } }],
    });
    expect(fieldErrorsText(refused.fieldErrors ?? {})).toContain(`has no warehouse ${warehouse}`);
    expect(await getDb().salesChannel.count({ where: { companyId, integrationId: partner } })).toBe(0);
    // The same values are head office's own: accepted there.
    const { channel } = await newChannel({ integrationId: head, warehouseIds: [warehouse], priceLevel: level });
    expect(channel).toMatchObject({ integrationId: head, warehouseIds: [warehouse], priceLevel: level });
    // Moved to the partner as it is, its warehouse and level mean nothing there: refused, unmoved.
    const moved = await failureOf(
      updateChannel({ actor: STAFF_ACTOR, companyId, channelId: channel.id, input: { integrationId: partner } }),
    );
    expect(Object.keys(moved.fieldErrors ?? {}).sort()).toEqual(["priceLevel", "warehouseIds.0"]);
    const after = await getDb().salesChannel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(after.integrationId).toBe(head);
    // Moved with the partner's own warehouse and level: accepted.
    const { channel: partnerChannel } = await updateChannel({
      actor: STAFF_ACTOR,
      companyId,
      channelId: channel.id,
      input: { integrationId: partner, warehouseIds: [partnerWarehouse], priceLevel: 1 },
    });
    expect(partnerChannel.integrationId).toBe(partner);
  });

  it("without an agent to ask, a warehouse is checked against what the integration's copy and settings know", async () => {
    const branch = await saveIntegration({
      actor: STAFF_ACTOR,
      companyId,
      input: { agentId: null, name: "Oddział", erpType: "SUBIEKT_GT", settings: DEFAULT_SETTINGS, expectedVersion: 0 },
    });
    // Knowing nothing of its ERP yet, nothing is refused.
    const blind = await newChannel({ integrationId: branch.id, warehouseIds: [42] });
    expect(blind.channel.warehouseIds).toEqual([42]);
    await upsertProduct({ companyId, integrationId: branch.id, erpId: 1 });
    await upsertStock({ companyId, integrationId: branch.id, productId: 1, warehouseId: 7, onHand: 3 });
    expect((await newChannel({ integrationId: branch.id, warehouseIds: [7] })).channel.warehouseIds).toEqual([7]);
    const refused = await failureOf(newChannel({ integrationId: branch.id, warehouseIds: [7, 8] }));
    expect(refused.fieldErrors).toEqual({
      "warehouseIds.1": [{ code: "noWarehouseInIntegration", params: { id: 8, integration: "Oddział" } }],
    });
    // An edit that adds nothing is not refused for what was accepted before the copy knew better.
    const kept = await updateChannel({
      actor: STAFF_ACTOR,
      companyId,
      channelId: blind.channel.id,
      input: { name: `Zmieniony ${uniqueSuffix()}`, warehouseIds: [42] },
    });
    expect(kept.channel.warehouseIds).toEqual([42]);
  });
});

describe("an integration's settings", () => {
  it("are checked against its own ERP connection's lists, not the agent's default one", async () => {
    const { warehouse } = onlyInHead();
    const before = await getIntegration({ actor: STAFF_ACTOR, companyId, integrationId: partner });
    const save = (erpId: number) =>
      saveIntegration({
        actor: STAFF_ACTOR,
        companyId,
        integrationId: partner,
        input: {
          agentId: agent.agentId,
          agentConnection: "partner",
          settings: { ...before.settings, warehouses: [{ erpId, role: "store" }] },
          expectedVersion: before.version,
        },
      });
    const refused = await failureOf(save(warehouse));
    expect(refused.fieldErrors).toEqual({
      "settings.warehouses.0.erpId": [{ code: "noWarehouse", params: { id: warehouse } }],
    });
    const saved = await save(lists.partner.warehouses[0]?.id ?? 0);
    expect(saved.settings.warehouses).toEqual([
      expect.objectContaining({ erpId: lists.partner.warehouses[0]?.id, name: "Magazyn główny" }),
    ]);
  });
});

describe("moving a channel onto a read-only integration", () => {
  it("is refused while orders it took still wait for the ERP, naming the field and how many; allowed once none do", async () => {
    const { channel } = await newChannel({ integrationId: head });
    await upsertProduct({ companyId, integrationId: head, erpId: 1, sku: "A-1" });
    const { order } = await acceptOrder({
      channel: { ...channel, companyId, erpType: "SUBIEKT_GT" },
      input: {
        externalId: `M-${uniqueSuffix()}`,
        ...ONE_LINE_ORDER,
      },
    });
    // Head office's settings are not filled in yet: the order is refused and waits in the error queue for staff.
    const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored.erpState).toBe("FAILED");
    const move = () =>
      updateChannel({ actor: STAFF_ACTOR, companyId, channelId: channel.id, input: { integrationId: partner } });
    const refused = await failureOf(move());
    expect(refused.fieldErrors).toEqual({
      integrationId: [{ code: "channelOrdersInFlight", params: { count: 1, integration: "Partner" } }],
    });
    expect((await getDb().salesChannel.findUniqueOrThrow({ where: { id: channel.id } })).integrationId).toBe(head);
    // Once the ERP has nothing left to do for it, the channel moves; the order keeps its integration.
    await getDb().order.update({ where: { id: order.id }, data: { erpState: "IDLE" } });
    expect((await move()).channel.integrationId).toBe(partner);
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).integrationId).toBe(head);
  });
});
