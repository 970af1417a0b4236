import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { findErpProducts } from "../../../apps/portal/src/server/erp-data/integrations/find-erp-products.ts";
import { SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { pricesOf, sampleProducts, stockOf } from "../subiekt-reads/sample-products.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeCompany, makeUser, STAFF_ACTOR } from "../../support/factories.ts";
import { syncedWorld } from "../../support/synced-world.ts";
import { enrolledAgent } from "../../support/tunnel-harness.ts";

let samples: Awaited<ReturnType<typeof sampleProducts>>;

// Reads through the agent only: no engine works.
const world = syncedWorld({ engines: [] });

beforeAll(async () => {
  samples = await sampleProducts(world.sandbox.db);
});

function find(options: { by: "sku" | "ean"; codes: string[]; agentId?: string }) {
  return findErpProducts({
    actor: STAFF_ACTOR,
    companyId: world.agent.companyId,
    agentId: options.agentId ?? world.agent.agentId,
    by: options.by,
    codes: options.codes,
  });
}

describe("looking products up live in the ERP", () => {
  it("finds products by SKU with stock per warehouse and prices as the ERP holds them; lists the codes not found", async () => {
    const { first } = samples;
    const result = await find({ by: "sku", codes: [` ${first.sku} `, "NO-SUCH-SKU"] });
    expect(result.missing).toEqual(["NO-SUCH-SKU"]);
    expect(result.products).toHaveLength(1);
    expect(result.products[0]).toMatchObject({
      id: first.id,
      sku: first.sku,
      ean: first.ean,
      barcodes: [first.barcode],
      deleted: false,
      stock: await stockOf(world.sandbox.db, first.id),
      prices: await pricesOf(world.sandbox.db, first.id),
    });
    expect(result.products[0]?.stock).toHaveLength(SMALL_SANDBOX.warehouses);
    expect(result.products[0]?.prices.length).toBeGreaterThan(0);
    const command = await getDb().agentCommand.findFirstOrThrow({
      where: { agentId: world.agent.agentId, name: "erp.products.find" },
    });
    expect(command.input).toEqual({ by: "sku", codes: [first.sku, "NO-SUCH-SKU"] });
  });

  it("finds products by main EAN and by an extra barcode", async () => {
    const { first, second } = samples;
    const result = await find({ by: "ean", codes: [first.ean, second.barcode, "0000000000000"] });
    expect(result.products.map((product) => product.sku)).toEqual([first.sku, second.sku]);
    expect(result.missing).toEqual(["0000000000000"]);
  });

  it("refuses a bad code, naming the field", async () => {
    const blank = await failureOf(find({ by: "ean", codes: ["5901234123457", "  "] }));
    expect(blank).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { "codes.1": [{ code: "required", params: {} }] },
    });
    const none = await failureOf(find({ by: "sku", codes: [] }));
    expect(none).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { codes: [{ code: "atLeastItems", params: { n: 1 } }] },
    });
  });

  it("is staff work: a client user of the same company is refused", async () => {
    const { actor } = await makeUser({ role: "CLIENT", companyId: world.agent.companyId });
    const failure = await failureOf(
      findErpProducts({
        actor,
        companyId: world.agent.companyId,
        agentId: world.agent.agentId,
        by: "sku",
        codes: [samples.first.sku],
      }),
    );
    expect(failure).toMatchObject({ code: "NOT_FOUND" });
  });

  it("passes on the agent's answer when it has no ERP to look in", async () => {
    const bare = await enrolledAgent({ portalUrl: world.hub.url, companyId: world.agent.companyId });
    try {
      await bare.run().waitFor((log) => log.msg === "connected");
      const failure = await failureOf(find({ by: "ean", codes: [samples.first.ean], agentId: bare.agentId }));
      expect(failure).toMatchObject({
        code: "UNAVAILABLE",
        message: "The agent Test agent could not look the products up: No ERP connection configured",
        problem: { code: "agentNoAnswer", params: { name: "Test agent", detail: "No ERP connection configured" } },
      });
    } finally {
      await bare.cleanup();
    }
  });

  it("says why when the agent is offline, or is not this client's", async () => {
    const offline = await enrolledAgent({ portalUrl: world.hub.url, companyId: world.agent.companyId });
    try {
      const down = await failureOf(find({ by: "sku", codes: [samples.first.sku], agentId: offline.agentId }));
      expect(down).toMatchObject({
        code: "UNAVAILABLE",
        message: "The agent Test agent is offline",
        problem: { code: "agentOffline", params: { name: "Test agent" } },
      });
      expect(await getDb().agentCommand.count({ where: { agentId: offline.agentId } })).toBe(0);
    } finally {
      await offline.cleanup();
    }
    const other = await makeCompany();
    const foreign = await failureOf(
      findErpProducts({
        actor: STAFF_ACTOR,
        companyId: other.id,
        agentId: world.agent.agentId,
        by: "sku",
        codes: [samples.first.sku],
      }),
    );
    expect(foreign).toMatchObject({
      code: "UNAVAILABLE",
      message: "This client has no such agent, or it was revoked",
      problem: { code: "agentGone" },
    });
  });
});
