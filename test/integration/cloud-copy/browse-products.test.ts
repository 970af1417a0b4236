import { describe, expect, it } from "vitest";
import { browseProducts } from "../../../apps/portal/src/server/erp-data/cloud-copy/browse-products.ts";
import { upsertProduct } from "../channel-api/channel-fixture.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeCompany, makeUser, STAFF_ACTOR } from "../../support/factories.ts";

describe("browsing the cloud copy", () => {
  it("finds a client's products by symbol, EAN or name, page by page, for staff only", async () => {
    const company = await makeCompany();
    const other = await makeCompany();
    for (let erpId = 1; erpId <= 60; erpId++)
      await upsertProduct({ companyId: company.id, erpId, name: `Wiertarka ${erpId}` });
    await upsertProduct({ companyId: company.id, erpId: 61, sku: "MLOT-1", name: "Młotek" });
    await upsertProduct({ companyId: other.id, erpId: 62, sku: "MLOT-2", name: "Młotek obcy" });

    const first = await browseProducts({ actor: STAFF_ACTOR, companyId: company.id, input: {} });
    expect([first.products.length, first.more, first.total]).toEqual([50, true, 61]);
    const second = await browseProducts({ actor: STAFF_ACTOR, companyId: company.id, input: { after: "50" } });
    expect(second.products.map((p) => p.erpId)).toEqual([51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61]);
    const found = await browseProducts({ actor: STAFF_ACTOR, companyId: company.id, input: { search: "młot" } });
    expect(found.products.map((p) => p.sku)).toEqual(["MLOT-1"]);
    const byEan = await browseProducts({ actor: STAFF_ACTOR, companyId: company.id, input: { search: "59061" } });
    expect(byEan.products.map((p) => p.erpId)).toEqual([61]);

    const client = await makeUser({ role: "CLIENT", companyId: company.id });
    expect((await failureOf(browseProducts({ actor: client.actor, companyId: company.id, input: {} }))).code).toBe(
      "NOT_FOUND",
    );
  });
});
