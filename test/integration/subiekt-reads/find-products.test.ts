import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDialectHelpers } from "../../../apps/agent/src/erp/sql/dialect-helpers.ts";
import { findProducts } from "../../../apps/agent/src/erp/subiekt-gt/reads/find-products.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { openReads } from "./reads-fixture.ts";
import { pricesOf, sampleProducts, stockOf } from "./sample-products.ts";

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

const find = (by: "sku" | "ean", codes: string[]) =>
  findProducts({ db: reads.db, helpers: createDialectHelpers({ dialect: "postgres" }), by, codes });

describe("Subiekt GT product lookup", () => {
  it("finds products by SKU in the order asked, once each, with stock per warehouse and prices", async () => {
    const { first, second } = samples;
    const result = await find("sku", [second.sku, "NO-SUCH-SKU", first.sku, second.sku, first.ean]);
    expect(result.products.map((product) => product.sku)).toEqual([second.sku, first.sku]);
    expect(result.missing).toEqual(["NO-SUCH-SKU", first.ean]);
    const [found] = result.products;
    expect(found).toMatchObject({ id: second.id, ean: second.ean, barcodes: [second.barcode], deleted: false });
    expect(found?.stock).toEqual(await stockOf(sandbox.db, second.id));
    expect(found?.stock).toHaveLength(SMALL_SANDBOX.warehouses);
    expect(found?.prices).toEqual(await pricesOf(sandbox.db, second.id));
    expect(found?.prices).toHaveLength(SMALL_SANDBOX.priceLevels);
  });

  it("finds products by main EAN and by extra barcode; a product matched twice comes once", async () => {
    const { first, second } = samples;
    const result = await find("ean", [first.ean, second.barcode, first.barcode, "0000000000000", first.sku]);
    expect(result.products.map((product) => product.id)).toEqual([first.id, second.id]);
    expect(result.missing).toEqual(["0000000000000", first.sku]);
    expect(result.products[1]?.stock).toEqual(await stockOf(sandbox.db, second.id));
  });

  it("brings a deleted product flagged, as the products read does", async () => {
    const result = await find("sku", [samples.deleted.sku]);
    expect(result).toMatchObject({ products: [{ id: samples.deleted.id, deleted: true }], missing: [] });
  });

  it("lists every code as missing when nothing matches", async () => {
    expect(await find("ean", ["1", "2"])).toEqual({ products: [], missing: ["1", "2"] });
  });
});
