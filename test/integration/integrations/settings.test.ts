import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { TFieldProblem } from "../../../apps/portal/src/server/platform/errors/field-problem.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { getIntegration } from "../../../apps/portal/src/server/erp-data/integrations/get-integration.ts";
import {
  DEFAULT_SETTINGS,
  type TIntegrationSettings,
} from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { readErpLists } from "../../../apps/portal/src/server/erp-data/integrations/read-erp-lists.ts";
import { saveIntegration } from "../../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeUser, STAFF_ACTOR } from "../../support/factories.ts";
import { syncedWorld } from "../../support/synced-world.ts";
import { enrolledAgent } from "../../support/tunnel-harness.ts";

// Saves check settings live through the agent: no engine works.
const world = syncedWorld({ engines: [] });

function save(settings: object, expectedVersion: number, agentId: string | null = world.agent.agentId) {
  return saveIntegration({
    actor: STAFF_ACTOR,
    companyId: world.agent.companyId,
    input: { agentId, settings: { ...DEFAULT_SETTINGS, ...settings }, expectedVersion },
  });
}

describe("integration settings", () => {
  it("lists come live from the ERP; a mapping naming what the ERP lacks is refused field by field", async () => {
    const lists = await readErpLists({
      actor: STAFF_ACTOR,
      companyId: world.agent.companyId,
      agentId: world.agent.agentId,
    });
    expect(lists.warehouses).toHaveLength(SMALL_SANDBOX.warehouses);
    expect(lists.priceLevels.length).toBeGreaterThan(0);
    const vat = lists.vatRates[0];
    const unit = lists.units[0];
    if (!vat || !unit) throw new Error("the sandbox has VAT rates and units");

    const failure = await failureOf(
      save(
        {
          warehouses: [{ erpId: 9999, role: "store" }],
          vatMapping: [
            { channelRate: "23", erpVatRateId: vat.id },
            { channelRate: "8", erpVatRateId: 777 },
          ],
          unitMapping: [{ channelUnit: "pcs", erpUnitCode: "nope" }],
        },
        0,
      ),
    );
    expect(failure).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: {
        "settings.warehouses.0.erpId": [{ code: "noWarehouse", params: { id: 9999 } }],
        "settings.vatMapping.1.erpVatRateId": [{ code: "noVatRate", params: { id: 777 } }],
        "settings.unitMapping.0.erpUnitCode": [{ code: "noUnit", params: { code: "nope" } }],
      },
    });
    expect(await getDb().integration.findFirst({ where: { companyId: world.agent.companyId } })).toBeNull();

    const [store, showroom] = lists.warehouses;
    if (!store || !showroom) throw new Error("two warehouses");
    const saved = await save(
      {
        warehouses: [
          { erpId: store.id, role: "store" },
          { erpId: showroom.id, role: "showroom" },
        ],
        vatMapping: [{ channelRate: "23", erpVatRateId: vat.id }],
        unitMapping: [{ channelUnit: "pcs", erpUnitCode: unit.code }],
        deliveryMethods: [{ channelCode: "pickup", kind: "showroom_pickup", showroomWarehouseId: showroom.id }],
      },
      0,
    );
    expect(saved.version).toBe(1);
    const read = await getIntegration({ actor: STAFF_ACTOR, companyId: world.agent.companyId });
    expect(read.settings.warehouses).toHaveLength(2);
  });

  it("every change is audited with before and after; a save over someone else's change is refused", async () => {
    const current = await getIntegration({ actor: STAFF_ACTOR, companyId: world.agent.companyId });
    const stock = { ...current.settings.dataGroups.stock, intervalSeconds: 30 };
    await save({ ...current.settings, dataGroups: { ...current.settings.dataGroups, stock } }, current.version);
    const stale = await failureOf(save(current.settings, current.version));
    expect(stale).toMatchObject({ code: "CONFLICT", problem: { code: "integrationChanged" } });

    const entries = await getDb().auditEntry.findMany({
      where: { companyId: world.agent.companyId, entity: "integration" },
      orderBy: { at: "desc" },
    });
    const [latest] = entries;
    expect(latest).toMatchObject({ action: "update", actorEmail: expect.any(String) as string });
    expect(latest?.before).toMatchObject({ settings: { dataGroups: { stock: { intervalSeconds: 5 } } } });
    expect(latest?.after).toMatchObject({ settings: { dataGroups: { stock: { intervalSeconds: 30 } } } });
    expect(entries.map((e) => e.action)).toEqual(["update", "create"]);
  });

  it("products, prices and stock only come from the ERP; client users cannot see or change settings", async () => {
    const current = await getIntegration({ actor: STAFF_ACTOR, companyId: world.agent.companyId });
    const products = { ...current.settings.dataGroups.products, direction: "both" };
    const failure = await failureOf(
      save({ ...current.settings, dataGroups: { ...current.settings.dataGroups, products } }, current.version),
    );
    expect(failure).toMatchObject({
      fieldErrors: { "settings.dataGroups.products.direction": [{ code: "erpMastered", params: {} }] },
    });

    const { actor } = await makeUser({ role: "CLIENT", companyId: world.agent.companyId });
    expect(await failureOf(getIntegration({ actor, companyId: world.agent.companyId }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await failureOf(
        saveIntegration({
          actor,
          companyId: world.agent.companyId,
          input: { agentId: null, settings: DEFAULT_SETTINGS, expectedVersion: current.version },
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
  });

  it("a payment method must say how the ERP books it, or the sale document would go without it", async () => {
    const current = await getIntegration({ actor: STAFF_ACTOR, companyId: world.agent.companyId });
    const refused = await failureOf(
      save({ paymentMethods: [{ channelCode: "payu", erpName: "PayU", prepaid: true }] }, current.version),
    );
    expect(refused).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { "settings.paymentMethods.0.erpName": [{ code: "paymentKind", params: {} }] },
    });
    const saved = await save(
      { paymentMethods: [{ channelCode: "payu", erpName: "transfer", prepaid: true }] },
      current.version,
    );
    expect(saved.settings.paymentMethods).toEqual([{ channelCode: "payu", erpName: "transfer", prepaid: true }]);
  });

  it("the custom product fields published to channels: each once, under a name a channel's code can use", async () => {
    const current = await getIntegration({ actor: STAFF_ACTOR, companyId: world.agent.companyId });
    const malformed = await failureOf(save({ productCustomFields: [{ field: 9, name: "nr półki" }] }, current.version));
    expect(malformed).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: {
        "settings.productCustomFields.0.field": [{ code: "atMost", params: { n: 8 } }],
        "settings.productCustomFields.0.name": [{ code: "apiFieldName" }],
      },
    });
    const twice = [
      { field: 1, name: "producer" },
      { field: 1, name: "material" },
      { field: 3, name: "producer" },
    ];
    expect(await failureOf(save({ productCustomFields: twice }, current.version))).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: {
        "settings.productCustomFields.1.field": [{ code: "listedTwice" }],
        "settings.productCustomFields.2.name": [{ code: "listedTwice" }],
      },
    });
    const chosen = [
      { field: 1, name: "producer" },
      { field: 3, name: "material" },
    ];
    const saved = await save({ productCustomFields: chosen }, current.version);
    expect(saved.settings.productCustomFields).toEqual(chosen);
  });

  it("the settings page's save preflights a change of what is written, and only such a change", async () => {
    const checked = (settings: TIntegrationSettings, expectedVersion: number) =>
      saveIntegration({
        actor: STAFF_ACTOR,
        companyId: world.agent.companyId,
        input: { agentId: world.agent.agentId, settings, expectedVersion },
        preflightChangedWrites: true,
      });
    const current = await getIntegration({ actor: STAFF_ACTOR, companyId: world.agent.companyId });
    const lists = await readErpLists({
      actor: STAFF_ACTOR,
      companyId: world.agent.companyId,
      agentId: world.agent.agentId,
    });
    const [store, showroom] = lists.warehouses;
    if (!store || !showroom) throw new Error("the sandbox has warehouses");
    const stores = {
      ...current.settings,
      warehouses: [{ erpId: store.id, role: "store" as const }],
      saleDocuments: "writer" as const,
    };
    const first = await checked(stores, current.version);
    // A column the writer does not fill, NOT NULL without a default: every ZK is refused now.
    await sql`alter table "dok_Pozycja" add column "ob_Preflight" int not null default 0`.execute(world.sandbox.db);
    await sql`alter table "dok_Pozycja" alter column "ob_Preflight" drop default`.execute(world.sandbox.db);
    try {
      // A schedule changes nothing written: saved without a preflight (which would refuse).
      const stock = { ...stores.dataGroups.stock, intervalSeconds: 120 };
      const scheduled = await checked({ ...stores, dataGroups: { ...stores.dataGroups, stock } }, first.version);
      const withShowroom = {
        ...scheduled.settings,
        warehouses: [...stores.warehouses, { erpId: showroom.id, role: "showroom" as const }],
        clickAndCollect: "transfer" as const,
      };
      const refused = await failureOf(checked(withShowroom, scheduled.version));
      const said = (refused as { fieldErrors: Record<string, TFieldProblem[]> }).fieldErrors.preflight ?? [];
      expect(said[0]).toMatchObject({ code: "preflightRefused", params: { document: "ZK" } });
      expect(String(said[0]?.params.detail)).toMatch(/dok_Pozycja\.ob_Preflight/);
      // Nothing of the refused change was saved.
      const kept = await getIntegration({ actor: STAFF_ACTOR, companyId: world.agent.companyId });
      expect(kept.version).toBe(scheduled.version);
      await sql`alter table "dok_Pozycja" drop column "ob_Preflight"`.execute(world.sandbox.db);
      const saved = await checked(withShowroom, scheduled.version);
      expect(saved.settings.warehouses.map((w) => w.role)).toEqual(["store", "showroom"]);
    } finally {
      await sql`alter table "dok_Pozycja" drop column if exists "ob_Preflight"`.execute(world.sandbox.db);
    }
  }, 60_000);

  it("with the agent offline, ERP lists cannot be read and say why", async () => {
    const offline = await enrolledAgent({ portalUrl: world.hub.url, companyId: world.agent.companyId });
    try {
      const failure = await failureOf(
        readErpLists({ actor: STAFF_ACTOR, companyId: world.agent.companyId, agentId: offline.agentId }),
      );
      expect(failure).toMatchObject({
        code: "UNAVAILABLE",
        message: expect.stringMatching(/offline/) as string,
        problem: { code: "agentOffline" },
      });
    } finally {
      await offline.cleanup();
    }
  });
});
