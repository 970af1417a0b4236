import { describe, expect, it } from "vitest";
import { getDataFreshness } from "../../../apps/portal/src/server/insight/home/get-data-freshness.ts";
import { recordHomeVisit, VISIT_GAP_MS } from "../../../apps/portal/src/server/insight/home/record-home-visit.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { companyIntegrationId, makeCompany, makeUser } from "../../support/factories.ts";
import { failureOf } from "../../support/failure-of.ts";

const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

async function addDocument(companyId: string, erpId: number, type: string, net: number, updatedAt: Date) {
  await getDb().erpDocument.create({
    data: {
      companyId,
      integrationId: await companyIntegrationId(companyId),
      erpId,
      type,
      number: `${type} ${erpId}/2026`,
      issuedAt: updatedAt,
      status: 0,
      net,
      vat: 0,
      gross: net,
      rowVersion: BigInt(erpId),
      updatedAt,
    },
  });
}

describe("a client's landing page: how current the figures are, and what came in since the last visit", () => {
  it("a visit is a return after half an hour: a refresh keeps the line about the previous one", async () => {
    const company = await makeCompany();
    const client = await makeUser({ role: "CLIENT", companyId: company.id });
    const first = new Date("2026-12-01T08:00:00Z");
    expect(await recordHomeVisit({ actor: client.actor, now: first })).toBeNull();
    expect(await recordHomeVisit({ actor: client.actor, now: later(first, 60_000) })).toBeNull();
    const back = later(first, VISIT_GAP_MS + 120_000);
    expect(await recordHomeVisit({ actor: client.actor, now: back })).toEqual(later(first, 60_000));
    // Refreshing during this visit still compares with the one before it.
    expect(await recordHomeVisit({ actor: client.actor, now: later(back, 5_000) })).toEqual(later(first, 60_000));
  });

  it("dates the figures by the documents sync, counts sale documents since the visit, and says a failing sync", async () => {
    const company = await makeCompany();
    const client = await makeUser({ role: "CLIENT", companyId: company.id });
    const since = new Date("2026-12-01T08:00:00Z");
    const fresh = (s: Date | null) => getDataFreshness({ actor: client.actor, companyId: company.id, since: s });
    expect(await fresh(null)).toEqual({ dataAsOf: null, syncFailing: false, since: null, changes: null });

    await addDocument(company.id, 1, "FS", 100, later(since, -60_000));
    await addDocument(company.id, 2, "PA", 20.5, later(since, 60_000));
    await addDocument(company.id, 3, "KFS", -5, later(since, 120_000));
    await addDocument(company.id, 4, "ZK", 999, later(since, 180_000));
    // No documents sync yet: the figures date from when the copy took in its last document.
    expect(await fresh(since)).toEqual({
      dataAsOf: later(since, 180_000),
      syncFailing: false,
      since,
      changes: { documents: 2, net: "15.5" },
    });

    const synced = new Date("2026-12-02T10:00:00Z");
    await getDb().syncState.create({
      data: {
        companyId: company.id,
        integrationId: await companyIntegrationId(company.id),
        group: "DOCUMENTS",
        lastSuccessAt: synced,
      },
    });
    expect((await fresh(since)).dataAsOf).toEqual(synced);
    await getDb().syncState.updateMany({
      where: { companyId: company.id, group: "DOCUMENTS" },
      data: { lastError: "down", lastErrorCode: "agentOffline", lastErrorAt: later(synced, 60_000) },
    });
    expect(await fresh(since)).toMatchObject({ dataAsOf: synced, syncFailing: true });
  });

  it("another company's figures are not found", async () => {
    const [mine, other] = [await makeCompany(), await makeCompany()];
    const client = await makeUser({ role: "CLIENT", companyId: mine.id });
    expect(await failureOf(getDataFreshness({ actor: client.actor, companyId: other.id, since: null }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
