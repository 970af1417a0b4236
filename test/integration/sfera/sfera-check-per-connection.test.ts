import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAgents } from "../../../apps/portal/src/server/admin/agents/list-agents.ts";
import { checkSfera } from "../../../apps/portal/src/server/erp-data/setup/check-sfera.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";
import { bridgesRunning, emulatedBridge, faultPlan, LOGIN } from "../../support/sfera/bridges.ts";
import { startTwoErpAgent, type TTwoErpAgent } from "../../support/two-erp-agent.ts";

let world: TTwoErpAgent;
const faults = faultPlan();

/**
 * A real agent with two Subiekt GT connections to head office's database: the default one with
 * Sfera (the emulated bridge), "branch" without Sfera settings.
 */
beforeAll(async () => {
  world = await startTwoErpAgent({
    connections: ({ subiekt }) => [{ key: "branch", erpType: "subiekt-gt", erpUrl: subiekt }],
    sfera: ({ subiekt }) => {
      const bridge = emulatedBridge({ erpUrl: subiekt, faults });
      return { ...LOGIN, bridgePath: bridge.command, bridgeArgs: bridge.args };
    },
  });
}, 120_000);
afterAll(async () => {
  await world?.close();
  for (const pid of bridgesRunning(faults)) process.kill(pid, "SIGKILL");
});

describe("the last Sfera check, kept per agent connection", () => {
  it("a check of one Subiekt GT connection does not overwrite another's: each is kept and shown under its own", async () => {
    const { companyId, agentId } = world.agent;
    const head = await checkSfera({ actor: STAFF_ACTOR, companyId, agentId, connection: "default" });
    expect(head).toMatchObject({ configured: true, ok: true });
    const branch = await checkSfera({ actor: STAFF_ACTOR, companyId, agentId, connection: "branch" });
    expect(branch).toMatchObject({ configured: false, ok: false });

    const [view] = await listAgents({ actor: STAFF_ACTOR, companyId });
    expect(view?.sferaChecks).toEqual({ default: head, branch });

    // Checked again, the default connection's result replaces its own only.
    const again = await checkSfera({ actor: STAFF_ACTOR, companyId, agentId });
    const [after] = await listAgents({ actor: STAFF_ACTOR, companyId });
    expect(after?.sferaChecks).toEqual({ default: again, branch });
  }, 120_000);
});
