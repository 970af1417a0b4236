import { beforeAll, describe, expect, it } from "vitest";
import { searchErpProducts } from "../../../apps/portal/src/server/erp-data/integrations/search-erp-products.ts";
import { sampleProducts } from "../subiekt-reads/sample-products.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeUser, STAFF_ACTOR } from "../../support/factories.ts";
import { syncedWorld } from "../../support/synced-world.ts";

let samples: Awaited<ReturnType<typeof sampleProducts>>;

// Reads through the agent only: no engine works.
const world = syncedWorld({ engines: [] });

beforeAll(async () => {
  samples = await sampleProducts(world.sandbox.db);
});

const search = (query: string, warehouseIds: number[] = []) =>
  searchErpProducts({
    actor: STAFF_ACTOR,
    companyId: world.agent.companyId,
    agentId: world.agent.agentId,
    query,
    warehouseIds,
  });

describe("searching the ERP's products live through the agent", () => {
  it("finds goods by EAN and suggests goods in the store's stock for an empty query", async () => {
    const found = await search(samples.first.ean);
    expect(found.products.map((product) => product.sku)).toContain(samples.first.sku);
    const suggested = await search("", [1]);
    expect(suggested.products).toHaveLength(10);
    expect(suggested.products.every((product) => product.available > 0)).toBe(true);
  });

  it("refuses a query over 50 characters, naming the field; client users may not search", async () => {
    expect(await failureOf(search("x".repeat(51)))).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { query: [{ code: "tooLong", params: { n: 50 } }] },
    });
    const { actor } = await makeUser({ role: "CLIENT", companyId: world.agent.companyId });
    const refused = searchErpProducts({
      actor,
      companyId: world.agent.companyId,
      agentId: world.agent.agentId,
      query: "",
      warehouseIds: [],
    });
    expect(await failureOf(refused)).toMatchObject({ code: "NOT_FOUND" });
  });
});
