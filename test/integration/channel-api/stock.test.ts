import { ZStockPage } from "@erp-bridge/shared";
import { describe, expect, it } from "vitest";
import { callRoute, makeChannelWithKey, upsertProduct, upsertStock, routeGet } from "./channel-fixture.ts";

const getStock = await routeGet("stock");

async function stockPage(key: string, query = "") {
  const answer = await callRoute({ get: getStock, path: `/api/v1/stock${query}`, key });
  expect(answer.status).toBe(200);
  return ZStockPage.parse(answer.body);
}

describe("GET /api/v1/stock", () => {
  it("sums onHand - reserved over the channel's warehouses, less the safety buffer, never below 0", async () => {
    const { companyId, key } = await makeChannelWithKey({ channel: { warehouseIds: [1, 2], safetyBuffer: 3 } });
    for (const erpId of [1, 2, 3, 4]) await upsertProduct({ companyId, erpId, deleted: erpId === 3 });
    const inMain = [
      { date: "2026-03-20", quantity: 24 },
      { date: null, quantity: 5 },
    ];
    const inShowroom = [
      { date: "2026-03-18", quantity: 2 },
      { date: "2026-03-20", quantity: 1.5 },
    ];
    await upsertStock({ companyId, productId: 1, warehouseId: 1, onHand: 10, reserved: 2, expected: inMain });
    await upsertStock({ companyId, productId: 1, warehouseId: 2, onHand: 5.5, reserved: 0.25, expected: inShowroom });
    // Not the channel's warehouse: neither its stock nor what it expects counts.
    const elsewhere = [{ date: "2026-03-19", quantity: 500 }];
    await upsertStock({ companyId, productId: 1, warehouseId: 3, onHand: 100, expected: elsewhere });
    await upsertStock({ companyId, productId: 2, warehouseId: 1, onHand: 2 });
    await upsertStock({ companyId, productId: 3, warehouseId: 1, onHand: 50 });
    await upsertStock({ companyId, productId: 4, warehouseId: 3, onHand: 40 });

    const page = await stockPage(key);
    expect(page.items).toEqual([
      {
        productId: 1,
        sku: "SKU-1",
        available: 10.25,
        status: "active",
        // Planned availability per date over the channel's warehouses, the undated last.
        expected: [
          { date: "2026-03-18", quantity: 2 },
          { date: "2026-03-20", quantity: 25.5 },
          { date: null, quantity: 5 },
        ],
        warehouses: [
          { warehouseId: 1, onHand: 10, reserved: 2, expected: inMain },
          { warehouseId: 2, onHand: 5.5, reserved: 0.25, expected: inShowroom },
        ],
      },
      {
        productId: 2,
        sku: "SKU-2",
        available: 0,
        status: "active",
        expected: [],
        warehouses: [{ warehouseId: 1, onHand: 2, reserved: 0, expected: [] }],
      },
      {
        productId: 3,
        sku: "SKU-3",
        available: 0,
        status: "withdrawn",
        expected: [],
        warehouses: [{ warehouseId: 1, onHand: 50, reserved: 0, expected: [] }],
      },
    ]);
    expect(page.hasMore).toBe(false);
  });

  it("with updatedSince: only products whose stock changed in the channel's warehouses, with full totals", async () => {
    const { companyId, key } = await makeChannelWithKey({ channel: { warehouseIds: [1, 2] } });
    for (const erpId of [1, 2]) await upsertProduct({ companyId, erpId });
    await upsertStock({ companyId, productId: 1, warehouseId: 1, onHand: 4 });
    await upsertStock({ companyId, productId: 1, warehouseId: 2, onHand: 6 });
    await upsertStock({ companyId, productId: 2, warehouseId: 1, onHand: 1 });
    const initial = await stockPage(key);

    await upsertStock({ companyId, productId: 1, warehouseId: 2, onHand: 7 });
    await upsertStock({ companyId, productId: 2, warehouseId: 9, onHand: 500 });
    const changes = await stockPage(key, `?updatedSince=${initial.nextUpdatedSince}`);
    expect(changes.items.map((i) => [i.productId, i.available])).toEqual([[1, 11]]);
  });

  it("pages by changed stock rows, so one product may appear in two pages", async () => {
    const { companyId, key } = await makeChannelWithKey({ channel: { warehouseIds: [1, 2] } });
    await upsertProduct({ companyId, erpId: 1 });
    await upsertStock({ companyId, productId: 1, warehouseId: 1, onHand: 4 });
    await upsertStock({ companyId, productId: 1, warehouseId: 2, onHand: 6 });

    const first = await stockPage(key, "?limit=1");
    expect(first.items.map((i) => [i.productId, i.available])).toEqual([[1, 10]]);
    expect(first.hasMore).toBe(true);
    const second = await stockPage(key, `?limit=1&updatedSince=${first.nextUpdatedSince}`);
    expect(second.items.map((i) => [i.productId, i.available])).toEqual([[1, 10]]);
    expect(second.hasMore).toBe(false);
  });

  it("a channel without warehouses sees no stock", async () => {
    const { companyId, key } = await makeChannelWithKey();
    await upsertProduct({ companyId, erpId: 1 });
    await upsertStock({ companyId, productId: 1, warehouseId: 1, onHand: 4 });
    expect((await stockPage(key)).items).toEqual([]);
  });
});
