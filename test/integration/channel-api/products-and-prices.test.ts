import { ZPricesPage, ZProductsPage } from "@erp-bridge/shared";
import { describe, expect, it } from "vitest";
import { callRoute, errorOf, makeChannelWithKey, upsertPrice, upsertProduct, routeGet } from "./channel-fixture.ts";

const getPrices = await routeGet("prices");
const getProducts = await routeGet("products");

async function productsPage(key: string, query = "") {
  const answer = await callRoute({ get: getProducts, path: `/api/v1/products${query}`, key });
  expect(answer.status).toBe(200);
  return ZProductsPage.parse(answer.body);
}

describe("GET /api/v1/products", () => {
  it("a first load leaves withdrawn products out and pages by the token", async () => {
    const { companyId, key } = await makeChannelWithKey();
    await upsertProduct({ companyId, erpId: 1 });
    await upsertProduct({ companyId, erpId: 2, deleted: true });
    await upsertProduct({ companyId, erpId: 3 });
    await upsertProduct({ companyId, erpId: 4, blocked: true });

    const all = await productsPage(key);
    expect(all.items.map((p) => [p.id, p.status])).toEqual([
      [1, "active"],
      [3, "active"],
    ]);
    expect(all.hasMore).toBe(false);
    expect(all.notices).toEqual([]);
    expect(all.items[0]).toMatchObject({
      sku: "SKU-1",
      ean: "5901",
      name: "Produkt 1",
      unit: "szt",
      vatRate: 23,
      groupName: "Narzędzia",
      barcodes: ["A1", "B2"],
    });

    const first = await productsPage(key, "?limit=1");
    expect(first.items.map((p) => p.id)).toEqual([1]);
    expect(first.hasMore).toBe(true);
    const next = await productsPage(key, `?limit=1&updatedSince=${first.nextUpdatedSince}`);
    expect(next.items.map((p) => [p.id, p.status])).toEqual([[2, "withdrawn"]]);
  });

  it("with updatedSince: only later changes, withdrawn products marked so, and nothing when nothing changed", async () => {
    const { companyId, key } = await makeChannelWithKey();
    await upsertProduct({ companyId, erpId: 10 });
    await upsertProduct({ companyId, erpId: 11 });
    await upsertProduct({ companyId, erpId: 12 });
    const initial = await productsPage(key);
    expect(initial.items).toHaveLength(3);

    await upsertProduct({ companyId, erpId: 11, blocked: true });
    await upsertProduct({ companyId, erpId: 10, name: "Nowa nazwa" });
    const changes = await productsPage(key, `?updatedSince=${initial.nextUpdatedSince}`);
    expect(changes.items.map((p) => [p.id, p.status, p.name])).toEqual([
      [11, "withdrawn", "Produkt 11"],
      [10, "active", "Nowa nazwa"],
    ]);
    expect(changes.hasMore).toBe(false);

    const quiet = await productsPage(key, `?updatedSince=${changes.nextUpdatedSince}`);
    expect(quiet.items).toEqual([]);
    expect(quiet.hasMore).toBe(false);
    expect(quiet.nextUpdatedSince).toBe(changes.nextUpdatedSince);
  });

  it("sees only the key's company", async () => {
    const mine = await makeChannelWithKey();
    const other = await makeChannelWithKey();
    await upsertProduct({ companyId: mine.companyId, erpId: 1, name: "Mój" });
    await upsertProduct({ companyId: other.companyId, erpId: 2, name: "Cudzy" });
    expect((await productsPage(mine.key)).items.map((p) => p.name)).toEqual(["Mój"]);
  });

  it("caps an oversize limit and says so", async () => {
    const { key } = await makeChannelWithKey();
    expect((await productsPage(key, "?limit=5000")).notices).toEqual(["limit capped to 1000"]);
    expect((await productsPage(key, "?limit=1000")).notices).toEqual([]);
  });

  it("a malformed query is a 400 naming the parameter", async () => {
    const { key } = await makeChannelWithKey();
    const cases = [
      ["?limit=abc", "limit"],
      ["?limit=0", "limit"],
      ["?limit=2.5", "limit"],
      ["?limit=1&limit=2", "limit"],
      ["?updatedSince=garbage", "updatedSince"],
      ["?updatedSince=", "updatedSince"],
      ["?updated_since=x", "updated_since"],
    ];
    for (const [query, field] of cases) {
      const answer = await callRoute({ get: getProducts, path: `/api/v1/products${query}`, key });
      expect(answer.status, query).toBe(400);
      expect(errorOf(answer.body), query).toEqual({ code: "INVALID_INPUT", fields: [field] });
    }
  });
});

describe("GET /api/v1/prices", () => {
  it("gives the channel's price level only, with the product's SKU", async () => {
    const { companyId, key } = await makeChannelWithKey({ channel: { priceLevel: 2 } });
    await upsertProduct({ companyId, erpId: 5 });
    await upsertPrice({ companyId, productId: 5, level: 1, net: 100, gross: 123 });
    await upsertPrice({ companyId, productId: 5, level: 2, net: 90.5, gross: 111.315 });
    await upsertPrice({ companyId, productId: 6, level: 2, net: 10, gross: 12.3 });

    const answer = await callRoute({ get: getPrices, path: "/api/v1/prices", key });
    expect(answer.status).toBe(200);
    const page = ZPricesPage.parse(answer.body);
    expect(page.items.map(({ updatedAt: _, ...rest }) => rest)).toEqual([
      { productId: 5, sku: "SKU-5", net: 90.5, gross: 111.315, currency: "PLN" },
      { productId: 6, sku: null, net: 10, gross: 12.3, currency: "PLN" },
    ]);

    await upsertPrice({ companyId, productId: 5, level: 1, net: 99, gross: 121.77 });
    await upsertPrice({ companyId, productId: 6, level: 2, net: 11, gross: 13.53 });
    const later = ZPricesPage.parse(
      (await callRoute({ get: getPrices, path: `/api/v1/prices?updatedSince=${page.nextUpdatedSince}`, key })).body,
    );
    expect(later.items.map((p) => [p.productId, p.net])).toEqual([[6, 11]]);
  });
});
