import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchErpProducts } from "../../../apps/portal/src/server/erp-data/integrations/search-erp-products.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { sampleProducts } from "../subiekt-reads/sample-products.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeUser, STAFF_ACTOR } from "../../support/factories.ts";
import { enrolledAgent, startHub } from "../../support/tunnel-harness.ts";

let hub: Awaited<ReturnType<typeof startHub>>;
let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let agent: Awaited<ReturnType<typeof enrolledAgent>>;
let samples: Awaited<ReturnType<typeof sampleProducts>>;

beforeAll(async () => {
  [hub, sandbox] = await Promise.all([startHub(), createSandbox({ size: SMALL_SANDBOX })]);
  agent = await enrolledAgent({ portalUrl: hub.url, erpUrl: sandbox.url });
  await agent.run().waitFor((log) => log.msg === "connected");
  samples = await sampleProducts(sandbox.db);
}, 60_000);

afterAll(async () => {
  await agent.cleanup();
  await hub.close();
  await sandbox.drop();
});

const search = (query: string, warehouseIds: number[] = []) =>
  searchErpProducts({ actor: STAFF_ACTOR, companyId: agent.companyId, agentId: agent.agentId, query, warehouseIds });

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
    const { actor } = await makeUser({ role: "CLIENT", companyId: agent.companyId });
    const refused = searchErpProducts({
      actor,
      companyId: agent.companyId,
      agentId: agent.agentId,
      query: "",
      warehouseIds: [],
    });
    expect(await failureOf(refused)).toMatchObject({ code: "NOT_FOUND" });
  });
});
