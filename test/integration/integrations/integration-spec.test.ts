import { describe, expect, it } from "vitest";
import { createChannel } from "../../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { getIntegrationSpec } from "../../../apps/portal/src/server/insight/specification/get-integration-spec.ts";
import { saveIntegration } from "../../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeCompany, STAFF_ACTOR, uniqueSuffix } from "../../support/factories.ts";

const withProductInterval = (seconds: number) => ({
  ...DEFAULT_SETTINGS,
  dataGroups: {
    ...DEFAULT_SETTINGS.dataGroups,
    products: { ...DEFAULT_SETTINGS.dataGroups.products, intervalSeconds: seconds },
  },
});

/** A company with a Subiekt GT integration saved twice and an Optima one saved once, each with a channel. */
async function companyWithTwoIntegrations() {
  const company = await makeCompany();
  const companyId = company.id;
  const save = (input: object, integrationId?: string) =>
    saveIntegration({ actor: STAFF_ACTOR, companyId, integrationId, input: { agentId: null, ...input } });
  const subiekt = await save({ settings: withProductInterval(600), expectedVersion: 0 });
  await save({ settings: withProductInterval(900), expectedVersion: 1 }, subiekt.id);
  const optima = await save({
    name: "Optima",
    erpType: "OPTIMA",
    settings: withProductInterval(300),
    expectedVersion: 0,
  });
  for (const [integrationId, name] of [
    [subiekt.id, "Sklep"],
    [optima.id, "Franczyza"],
  ] as const)
    await createChannel({
      actor: STAFF_ACTOR,
      companyId,
      input: { name: `${name} ${uniqueSuffix()}`, kind: "STORE", integrationId },
    });
  return { companyId, subiektId: subiekt.id, optimaId: optima.id };
}

const intervals = (spec: Awaited<ReturnType<typeof getIntegrationSpec>>) =>
  spec.versions.map((v) => [v.version, v.settings.dataGroups.products.intervalSeconds]);

describe("each integration's specification (issue 19)", () => {
  it("shows only its own integration's versions, settings and channels, and names it and its ERP", async () => {
    const { companyId, subiektId, optimaId } = await companyWithTwoIntegrations();

    const subiekt = await getIntegrationSpec({ actor: STAFF_ACTOR, companyId, integrationId: subiektId });
    expect(subiekt.integration).toEqual({ id: subiektId, name: "Subiekt GT", erpType: "SUBIEKT_GT", readOnly: false });
    expect(intervals(subiekt)).toEqual([
      [1, 600],
      [2, 900],
    ]);
    expect(subiekt.channels.map((c) => [c.name.split(" ")[0], c.integrationId])).toEqual([["Sklep", subiektId]]);

    const optima = await getIntegrationSpec({ actor: STAFF_ACTOR, companyId, integrationId: optimaId });
    expect(optima.integration).toEqual({ id: optimaId, name: "Optima", erpType: "OPTIMA", readOnly: true });
    expect(intervals(optima)).toEqual([[1, 300]]);
    expect(optima.channels.map((c) => [c.name.split(" ")[0], c.integrationId])).toEqual([["Franczyza", optimaId]]);

    // Without an id (the old /spec address): the company's first integration.
    const first = await getIntegrationSpec({ actor: STAFF_ACTOR, companyId });
    expect(first.integration.id).toBe(subiektId);
    expect(intervals(first)).toEqual(intervals(subiekt));
  });

  it("another company's integration id, or one that is no id, is not found", async () => {
    const ours = await companyWithTwoIntegrations();
    const theirs = await companyWithTwoIntegrations();
    for (const integrationId of [theirs.optimaId, theirs.subiektId, "not-a-uuid"]) {
      const failure = await failureOf(
        getIntegrationSpec({ actor: STAFF_ACTOR, companyId: ours.companyId, integrationId }),
      );
      expect(failure.code).toBe("NOT_FOUND");
    }
  });

  it("is for staff only", async () => {
    const { companyId, subiektId } = await companyWithTwoIntegrations();
    const client = { userId: "00000000-0000-7000-8000-000000000001", role: "CLIENT" as const, companyId };
    const failure = await failureOf(getIntegrationSpec({ actor: client, companyId, integrationId: subiektId }));
    expect(failure.code).toBe("NOT_FOUND");
  });

  it("a company without an integration yet has no versions (the page says it was never saved)", async () => {
    const { id: companyId } = await makeCompany();
    const spec = await getIntegrationSpec({ actor: STAFF_ACTOR, companyId });
    expect(spec.integration).toMatchObject({ id: null, erpType: "SUBIEKT_GT", readOnly: false });
    expect(spec.versions).toEqual([]);
    expect(spec.channels).toEqual([]);
  });
});
