import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDialectHelpers } from "../../../apps/agent/src/erp/sql/dialect-helpers.ts";
import { searchProducts } from "../../../apps/agent/src/erp/subiekt-gt/reads/search-products.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { openReads } from "./reads-fixture.ts";
import { sampleProducts } from "./sample-products.ts";

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let reads: ReturnType<typeof openReads>;
let samples: Awaited<ReturnType<typeof sampleProducts>>;
beforeAll(async () => {
  sandbox = await createSandbox({ size: SMALL_SANDBOX });
  reads = openReads({ url: sandbox.url });
  samples = await sampleProducts(sandbox.db);
});
afterAll(async () => {
  await reads?.db.destroy();
  await sandbox?.drop();
});

const search = (query: string, warehouseIds: number[] = [], limit = 20) =>
  searchProducts({ db: reads.db, helpers: createDialectHelpers({ dialect: "postgres" }), query, warehouseIds, limit });

/** Available stock of a product as tw_Stan holds it, over some warehouses. */
async function availableIn(productId: number, warehouseIds: number[]) {
  const rows = await sandbox.db
    .selectFrom("tw_Stan")
    .select(["st_Stan", "st_StanRez"])
    .where("st_TowId", "=", productId)
    .where("st_MagId", "in", warehouseIds)
    .execute();
  return rows.reduce((sum, row) => sum + row.st_Stan - row.st_StanRez, 0);
}

describe("Subiekt GT product search", () => {
  it("finds goods by part of the symbol, any case, with stock summed over the asked warehouses", async () => {
    const part = samples.first.sku.slice(0, 6).toLowerCase();
    const result = await search(part, [1], 50);
    const hit = result.products.find((product) => product.id === samples.first.id);
    expect(hit).toMatchObject({ sku: samples.first.sku, ean: samples.first.ean });
    expect(hit?.available).toBe(await availableIn(samples.first.id, [1]));
    expect(result.products.every((product) => product.sku.toLowerCase().includes(part))).toBe(true);
    expect(result.products.map((product) => product.sku)).toEqual(result.products.map((p) => p.sku).sort());
  });

  it("finds goods by main EAN, by extra barcode and by a word of the name", async () => {
    expect((await search(samples.first.ean)).products.map((product) => product.id)).toContain(samples.first.id);
    expect((await search(samples.second.barcode)).products.map((product) => product.id)).toContain(samples.second.id);
    const name = await sandbox.db
      .selectFrom("tw__Towar")
      .select("tw_Nazwa")
      .where("tw_Id", "=", samples.first.id)
      .executeTakeFirstOrThrow();
    const word = name.tw_Nazwa.split(" ")[0]?.toUpperCase() ?? "";
    const byName = await search(word, [], 50);
    expect(byName.products.length).toBeGreaterThan(0);
    expect(byName.products.every((product) => product.name.toUpperCase().includes(word))).toBe(true);
  });

  it("leaves out deleted products and takes LIKE's wildcards literally", async () => {
    expect((await search(samples.deleted.sku)).products).toEqual([]);
    expect((await search("%")).products).toEqual([]);
    expect((await search("_")).products).toEqual([]);
  });

  it("suggests goods in stock in the asked warehouses for an empty query", async () => {
    const result = await search("", [2], 10);
    expect(result.products).toHaveLength(10);
    for (const product of result.products) {
      expect(product.available).toBeGreaterThan(0);
      expect(product.available).toBe(await availableIn(product.id, [2]));
    }
    const services = await sql<{
      n: number;
    }>`select count(*)::int as n from "tw__Towar" where "tw_Rodzaj" <> 1 and "tw_Id" in (${sql.join(result.products.map((p) => p.id))})`.execute(
      sandbox.db,
    );
    expect(services.rows[0]?.n).toBe(0);
  });
});
