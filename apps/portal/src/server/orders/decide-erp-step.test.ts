import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, type TIntegrationSettings } from "../settings/integration-settings.ts";
import { decideErpStep, needsBuyerCredit, type TStepIntegration } from "./decide-erp-step.ts";
import { draftOrder } from "./draft-order.ts";
import type { TOrderRow } from "./order-view.ts";

const NOW = new Date("2026-06-01T10:00:00Z");
const AGENT = "0190f000-0000-7000-8000-000000000001";

const SETTINGS: TIntegrationSettings = {
  ...DEFAULT_SETTINGS,
  warehouses: [{ erpId: 1, role: "store" }],
  deliveryMethods: [{ channelCode: "courier", kind: "courier", showroomWarehouseId: null }],
  creditHolds: { policy: "hold", overLimit: true, overdueDays: 30 },
};

function newOrder(kind: "STORE" | "B2B" = "B2B"): TOrderRow {
  return draftOrder({
    channel: {
      id: "0190f000-0000-7000-8000-000000000002",
      companyId: "0190f000-0000-7000-8000-000000000003",
      integrationId: "0190f000-0000-7000-8000-000000000005",
      erpType: "SUBIEKT_GT",
      kind,
      priceLevel: 1,
      warehouseIds: [],
      safetyBuffer: 0,
    },
    input: {
      externalId: "E-1",
      buyer: {
        name: "Jan",
        email: "jan@example.com",
        address: { street: "Długa 1", postalCode: "00-001", city: "Warszawa", country: "PL" },
      },
      lines: [{ product: { sku: "A" }, quantity: 2, unitGross: 50, vatRate: 23 }],
      deliveryMethod: "courier",
      paymentMethod: "przelew",
      document: "receipt",
      currency: "PLN",
      totalGross: 100,
    },
    digest: "d",
    lines: [
      {
        line: { product: { sku: "A" }, quantity: 2, unitGross: 50, vatRate: 23 },
        product: { erpId: 9, sku: "A", ean: null, name: "A", vatRate: 23, withdrawn: false },
        unitGross: 50,
        vatRate: 23,
        pricedBy: null,
      },
    ],
    totalGross: 100,
    now: NOW,
  });
}

const integration: TStepIntegration = {
  agentId: AGENT,
  connection: "default",
  connectionKnown: true,
  name: "Centrala",
  readOnly: false,
  settings: SETTINGS,
};
/** Owes 950 of a 1,000 limit: an order of 100 takes the balance over it. */
const nearLimit = { creditLimit: 1000, balance: 950, overdueAmount: 0, oldestOverdueDueDate: null };

describe("decideErpStep for a new order", () => {
  it("queues the ZK for the integration's agent, keyed by the order and attempt", () => {
    const order = newOrder("STORE");
    const credit = { channelKind: "STORE", customer: null };
    const decision = decideErpStep({ order, integration, credit, now: NOW });
    expect(decision).toMatchObject({
      kind: "send",
      step: "create",
      command: { agentId: AGENT, name: "erp.order.create", idempotencyKey: `order:${order.id}:create:0` },
    });
  });

  it("holds a B2B order over its customer's credit limit, and never one released by staff", () => {
    const credit = { channelKind: "B2B", customer: nearLimit };
    const held = decideErpStep({ order: newOrder(), integration, credit, now: NOW });
    expect(held).toMatchObject({ kind: "hold", problem: { code: "creditHold", params: { overLimit: "yes" } } });
    const released = { ...newOrder(), holdReleasedAt: NOW };
    expect(decideErpStep({ order: released, integration, credit, now: NOW }).kind).toBe("send");
    const store = { channelKind: "STORE", customer: nearLimit };
    expect(decideErpStep({ order: newOrder("STORE"), integration, credit: store, now: NOW }).kind).toBe("send");
  });

  it("needs the buyer's credit only when the rule could hold this ZK", () => {
    expect(needsBuyerCredit(newOrder(), integration)).toBe(true);
    const accepting = {
      ...integration,
      settings: { ...SETTINGS, creditHolds: { ...SETTINGS.creditHolds, policy: "accept" as const } },
    };
    expect(needsBuyerCredit(newOrder(), accepting)).toBe(false);
    expect(needsBuyerCredit({ ...newOrder(), erpState: "HELD" }, integration)).toBe(false);
    expect(() => decideErpStep({ order: newOrder(), integration, credit: null, now: NOW })).toThrow(/credit/);
  });

  it("without an agent the order waits and is looked at again in 30 s; a missing mapping fails it", () => {
    const none = decideErpStep({
      order: newOrder(),
      integration: { ...integration, agentId: null },
      credit: null,
      now: NOW,
    });
    expect(none).toEqual({ kind: "noAgent", retryAt: new Date(NOW.getTime() + 30_000) });
    const unmapped = { ...integration, settings: { ...SETTINGS, deliveryMethods: [] } };
    const credit = { channelKind: "B2B", customer: null };
    expect(decideErpStep({ order: newOrder(), integration: unmapped, credit, now: NOW })).toMatchObject({
      kind: "fail",
      problem: { code: "deliveryUnmapped", params: { method: "courier" } },
    });
  });

  it("an agent that has not listed the integration's ERP connection: the order waits, naming it, and is looked at again in 30 s", () => {
    const credit = { channelKind: "STORE", customer: null };
    const unlisted = { ...integration, connection: "hq", connectionKnown: false };
    expect(decideErpStep({ order: newOrder("STORE"), integration: unlisted, credit, now: NOW })).toEqual({
      kind: "connectionUnknown",
      connection: "hq",
      retryAt: new Date(NOW.getTime() + 30_000),
    });
    const listed = decideErpStep({
      order: newOrder("STORE"),
      integration: { ...unlisted, connectionKnown: true },
      credit,
      now: NOW,
    });
    expect(listed).toMatchObject({ kind: "send", command: { connection: "hq", agentId: AGENT } });
  });

  it("an order whose integration is read-only by the time a step is due fails, naming it, and sends nothing", () => {
    const credit = { channelKind: "STORE", customer: null };
    const readOnly = { ...integration, readOnly: true };
    const decision = decideErpStep({ order: newOrder("STORE"), integration: readOnly, credit, now: NOW });
    expect(decision).toEqual({
      kind: "fail",
      step: "create",
      problem: { code: "erpReadOnly", params: { integration: "Centrala" } },
    });
    // Without an agent too: it would never go anywhere, so it does not wait for one.
    const agentless = { ...readOnly, agentId: null };
    expect(decideErpStep({ order: newOrder("STORE"), integration: agentless, credit, now: NOW }).kind).toBe("fail");
    // A later step (the sale after payment) is refused the same way.
    const paid = { ...newOrder("STORE"), erpOrderId: 7, paidAt: NOW };
    expect(decideErpStep({ order: paid, integration: readOnly, credit, now: NOW })).toMatchObject({
      kind: "fail",
      step: "sale",
    });
  });
});
