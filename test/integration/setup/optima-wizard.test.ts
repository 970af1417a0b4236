import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { listIntegrations } from "../../../apps/portal/src/server/erp-data/integrations/list-integrations.ts";
import { getIntegration } from "../../../apps/portal/src/server/erp-data/integrations/get-integration.ts";
import { checkSetupStep } from "../../../apps/portal/src/server/erp-data/setup/check-setup-step.ts";
import { finishSetup } from "../../../apps/portal/src/server/erp-data/setup/finish-setup.ts";
import { getSetupDraft } from "../../../apps/portal/src/server/erp-data/setup/get-setup-draft.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeUser } from "../../support/factories.ts";
import { startTwoErpAgent, type TTwoErpAgent } from "../../support/two-erp-agent.ts";

let world: TTwoErpAgent;
let agent: TTwoErpAgent["agent"];
let staff: Awaited<ReturnType<typeof makeUser>>;

/** One real agent serving head office's Subiekt GT (default) and a partner's Optima ("partner"). */
beforeAll(async () => {
  world = await startTwoErpAgent();
  agent = world.agent;
  staff = await makeUser({ role: "STAFF" });
}, 60_000);

afterAll(async () => {
  await world?.close();
});

const partner = { erpType: "OPTIMA", agentConnection: "partner" };

async function check(step: string, changes: { settings?: object; erp?: object } = {}) {
  const draft = await getSetupDraft({ actor: staff.actor, companyId: agent.companyId });
  return checkSetupStep({
    actor: staff.actor,
    companyId: agent.companyId,
    input: {
      step,
      agentId: agent.agentId,
      erp: changes.erp ?? partner,
      settings: { ...draft.settings, ...changes.settings },
      samples: draft.samples,
    },
  });
}

function readOnlyGroups(groups: Record<string, object>) {
  return Object.fromEntries(Object.entries(groups).map(([key, g]) => [key, { ...g, direction: "erp_to_portal" }]));
}

describe("setup wizard for Comarch ERP Optima (read-only)", () => {
  it("refuses a connection of another ERP type or one the agent did not report, naming the field", async () => {
    expect(await failureOf(check("agent", { erp: { erpType: "OPTIMA", agentConnection: "default" } }))).toMatchObject({
      fieldErrors: { agentConnection: [{ code: "agentConnectionOtherErp", params: { code: "subiekt-gt" } }] },
    });
    expect(await failureOf(check("agent", { erp: { erpType: "OPTIMA", agentConnection: "branch" } }))).toMatchObject({
      fieldErrors: { agentConnection: [{ code: "agentConnectionNotReported" }] },
    });
  });

  it("checks the Optima connection and the data groups only, then saves a read-only integration", async () => {
    // The agent step asks the agent for that connection's status: the Optima database answers.
    expect(await check("agent")).toMatchObject({ step: "agent", erp: { configured: true, reachable: true } });
    const draft = await getSetupDraft({ actor: staff.actor, companyId: agent.companyId });
    // Not named by staff: the new integration is offered its ERP's name.
    expect(draft.erp).toEqual({ ...partner, name: "Comarch ERP Optima" });
    expect(draft.checkedSteps).toEqual(["agent"]);

    // Nothing flows back to Optima: a group set to "both" is refused by name.
    expect(await failureOf(check("scope"))).toMatchObject({
      fieldErrors: {
        "settings.dataGroups.customers.direction": [{ code: "erpReadOnlyDirection" }],
        "settings.dataGroups.documents.direction": [{ code: "erpReadOnlyDirection" }],
      },
    });
    await check("scope", { settings: { dataGroups: readOnlyGroups(draft.settings.dataGroups) } });
    // The order steps are not Optima's: warehouse roles, identification, workflow are refused.
    for (const step of ["warehouses", "identification", "workflow"]) {
      expect(await failureOf(check(step))).toMatchObject({
        fieldErrors: { step: [{ code: "stepNotForErp" }] },
      });
    }
    expect((await getSetupDraft({ actor: staff.actor, companyId: agent.companyId })).checkedSteps).toEqual([
      "agent",
      "scope",
    ]);

    // Review: no write preflight; the integration on the partner connection is created, read-only.
    const saved = await finishSetup({ actor: staff.actor, companyId: agent.companyId, input: { settings: {} } });
    expect(saved).toMatchObject({
      name: "Comarch ERP Optima",
      erpType: "OPTIMA",
      agentConnection: "partner",
      agentId: agent.agentId,
    });
    const listed = await listIntegrations({ actor: staff.actor, companyId: agent.companyId });
    expect(listed.map((i) => [i.erpType, i.agentConnection, i.readOnly])).toEqual([["OPTIMA", "partner", true]]);
    const integration = await getIntegration({
      actor: staff.actor,
      companyId: agent.companyId,
      integrationId: saved.id,
    });
    expect(new Set(Object.values(integration.settings.dataGroups).map((g) => g.direction))).toEqual(
      new Set(["erp_to_portal"]),
    );
    expect(await getDb().setupDraft.count({ where: { companyId: agent.companyId } })).toBe(0);
  });
});
