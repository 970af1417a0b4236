import { describe, expect, it } from "vitest";
import { failureOf } from "../support/failure-of.ts";
import { createCompany } from "../../apps/portal/src/server/admin/companies/create-company.ts";
import { getCompany } from "../../apps/portal/src/server/admin/companies/get-company.ts";
import { listCompanies } from "../../apps/portal/src/server/admin/companies/list-companies.ts";
import { updateCompany } from "../../apps/portal/src/server/admin/companies/update-company.ts";
import { pingAgent } from "../../apps/portal/src/server/admin/agents/ping-agent.ts";
import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { makeAgent } from "../support/agent-factories.ts";
import { companyIntegrationId, makeCompany, makeUser, STAFF_ACTOR } from "../support/factories.ts";
import { getIntegration } from "../../apps/portal/src/server/erp-data/integrations/get-integration.ts";
import { saveIntegration } from "../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { requestSync } from "../../apps/portal/src/server/erp-data/sync/request-sync.ts";
import { getSyncStatus } from "../../apps/portal/src/server/erp-data/sync/get-sync-status.ts";
import { browseProducts } from "../../apps/portal/src/server/erp-data/cloud-copy/browse-products.ts";
import { createChannel } from "../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { DEFAULT_SETTINGS } from "../../apps/portal/src/server/settings/integration-settings.ts";

describe("tenancy in the domain layer", () => {
  it("a client user sees only their own company", async () => {
    const [a, b] = [await makeCompany(), await makeCompany()];
    const clientOfA = await makeUser({ role: "CLIENT", companyId: a.id });

    const listed = await listCompanies({ actor: clientOfA.actor });
    expect(listed.map((c) => c.id)).toEqual([a.id]);
    expect((await getCompany({ actor: clientOfA.actor, companyId: a.id })).name).toBe(a.name);
    expect((await failureOf(getCompany({ actor: clientOfA.actor, companyId: b.id }))).code).toBe("NOT_FOUND");
  });

  it("another company's id and a missing id answer alike", async () => {
    const a = await makeCompany();
    const clientOfA = await makeUser({ role: "CLIENT", companyId: a.id });
    const missing = "0190b7a0-0000-7000-8000-000000000001";
    expect((await failureOf(getCompany({ actor: clientOfA.actor, companyId: missing }))).code).toBe("NOT_FOUND");
    expect((await failureOf(getCompany({ actor: clientOfA.actor, companyId: "not-a-uuid" }))).code).toBe("NOT_FOUND");
  });

  it("a client user can neither create nor edit companies, and nothing changes", async () => {
    const [a, b] = [await makeCompany(), await makeCompany()];
    const clientOfA = await makeUser({ role: "CLIENT", companyId: a.id });
    // Counted by the name the client tried: other files' companies must not move the figure.
    const intruders = () => getDb().company.count({ where: { name: "Intruz" } });
    const before = await intruders();

    expect((await failureOf(createCompany({ actor: clientOfA.actor, input: { name: "Intruz" } }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await failureOf(updateCompany({ actor: clientOfA.actor, companyId: b.id, input: { name: "Hacked" } }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await failureOf(updateCompany({ actor: clientOfA.actor, companyId: a.id, input: { name: "Own" } }))).code,
    ).toBe("NOT_FOUND");

    expect(await intruders()).toBe(before);
    expect((await getDb().company.findUniqueOrThrow({ where: { id: b.id } })).name).toBe(b.name);
  });

  it("staff see and edit every company", async () => {
    const [a, b] = [await makeCompany(), await makeCompany()];
    const staff = await makeUser({ role: "STAFF" });
    const ids = (await listCompanies({ actor: staff.actor })).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    const updated = await updateCompany({ actor: staff.actor, companyId: b.id, input: { name: "Nowa nazwa" } });
    expect(updated.name).toBe("Nowa nazwa");
  });

  it("a client cannot test the connection of an agent, even their own company's (staff only, NOT_FOUND)", async () => {
    const a = await makeCompany();
    const { agent } = await makeAgent({ companyId: a.id });
    const clientOfA = await makeUser({ role: "CLIENT", companyId: a.id });
    expect((await failureOf(pingAgent({ actor: clientOfA.actor, agentId: agent.id }))).code).toBe("NOT_FOUND");
  });

  it("another company's integration id is not found, whatever the call, and nothing of it changes", async () => {
    const [a, b] = [await makeCompany(), await makeCompany()];
    await companyIntegrationId(a.id);
    const theirs = await companyIntegrationId(b.id);
    const before = await getDb().integration.findUniqueOrThrow({ where: { id: theirs } });
    const scope = { actor: STAFF_ACTOR, companyId: a.id, integrationId: theirs };
    const attempts = [
      () => getIntegration(scope),
      () => saveIntegration({ ...scope, input: { agentId: null, settings: DEFAULT_SETTINGS, expectedVersion: 1 } }),
      () => requestSync({ ...scope, input: { group: "STOCK", kind: "FULL" } }),
      () => getSyncStatus(scope),
      () => browseProducts({ ...scope, input: {} }),
      () =>
        createChannel({
          actor: STAFF_ACTOR,
          companyId: a.id,
          input: { name: "Obcy", kind: "STORE", integrationId: theirs },
        }),
    ];
    for (const attempt of attempts) expect((await failureOf(attempt())).code).toBe("NOT_FOUND");
    expect(await getDb().integration.findUniqueOrThrow({ where: { id: theirs } })).toEqual(before);
    expect(await getDb().salesChannel.count({ where: { integrationId: theirs } })).toBe(0);
    expect(await getDb().syncRun.count({ where: { integrationId: theirs } })).toBe(0);
  });
});
