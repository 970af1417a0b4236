import { beforeAll, describe, expect, it } from "vitest";
import { saveIntegration } from "../../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { makeEnrolledAgent, makeReportingAgent } from "../../support/agent-factories.ts";
import { failureOf } from "../../support/failure-of.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";

// A save that creates an integration with an agent (the settings page's first save, seeds, the
// wizard) must land on a connection the agent reported, of the integration's ERP, and free: the
// same checks as giving an existing integration an agent or moving it (require-agent-connection.ts).

let companyId: string;
let agentId: string;

/** Head office's agent reported its Subiekt GT ("default") and a partner's Optima; "Centrala" uses the first. */
beforeAll(async () => {
  ({ companyId, agentId } = await makeReportingAgent({
    connections: [
      { key: "default", erpType: "subiekt-gt" },
      { key: "partner", erpType: "optima" },
    ],
  }));
  await create({ name: "Centrala", agentId, agentConnection: "default" });
});

function create(input: { name: string; agentId: string; agentConnection?: string; erpType?: string }) {
  return saveIntegration({
    actor: STAFF_ACTOR,
    companyId,
    input: { ...input, settings: DEFAULT_SETTINGS, expectedVersion: 0 },
  });
}

async function refusal(input: Parameters<typeof create>[0]) {
  return (await failureOf(create(input))).fieldErrors;
}

describe("saving a new integration with an agent", () => {
  it("refuses a connection the agent never reported, of another ERP, or taken, naming agentConnection; saves nothing", async () => {
    expect(await refusal({ name: "Magazyn", agentId, agentConnection: "warehouse" })).toEqual({
      agentConnection: [{ code: "agentConnectionNotReported", params: { name: expect.any(String) } }],
    });
    const silent = await makeEnrolledAgent({ companyId });
    expect(await refusal({ name: "Cichy", agentId: silent.agentId })).toEqual({
      agentConnection: [{ code: "agentConnectionNotReported", params: { name: expect.any(String) } }],
    });
    expect(await refusal({ name: "Partner", agentId, agentConnection: "partner", erpType: "SUBIEKT_GT" })).toEqual({
      agentConnection: [{ code: "agentConnectionOtherErp", params: { code: "optima" } }],
    });
    expect(await refusal({ name: "Drugi", agentId, agentConnection: "default" })).toEqual({
      agentConnection: [{ code: "agentConnectionUsedBy", params: { name: "Centrala" } }],
    });
    const integrations = await getDb().integration.findMany({ where: { companyId } });
    expect(integrations.map((i) => i.name)).toEqual(["Centrala"]);
    const created = await getDb().auditEntry.count({ where: { companyId, entity: "integration", action: "create" } });
    expect(created).toBe(1);
  });

  it("creates one on a free connection the agent reported, of its ERP", async () => {
    const partner = await create({ name: "Partner", agentId, agentConnection: "partner", erpType: "OPTIMA" });
    expect(partner).toMatchObject({ name: "Partner", erpType: "OPTIMA", agentId, agentConnection: "partner" });
  });
});
