import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAgents } from "../../../apps/portal/src/server/admin/agents/list-agents.ts";
import { checkSfera } from "../../../apps/portal/src/server/erp-data/setup/check-sfera.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { eventually } from "../../support/eventually.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";
import { bridgesRunning, emulatedBridge, faultPlan, LOGIN } from "../../support/sfera/bridges.ts";
import { enrolledAgent, startHub } from "../../support/tunnel-harness.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";

let hub: Awaited<ReturnType<typeof startHub>>;
let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let agent: Awaited<ReturnType<typeof enrolledAgent>>;
const faults = faultPlan();

/**
 * A real agent with two Subiekt GT connections: the default one with Sfera (the emulated bridge),
 * "branch" without Sfera settings.
 */
beforeAll(async () => {
  [hub, sandbox] = await Promise.all([startHub(), createSandbox({ size: SMALL_SANDBOX })]);
  const bridge = emulatedBridge({ erpUrl: sandbox.url, faults });
  agent = await enrolledAgent({
    portalUrl: hub.url,
    erpUrl: sandbox.url,
    sfera: { ...LOGIN, bridgePath: bridge.command, bridgeArgs: bridge.args },
    connections: [{ key: "branch", erpType: "subiekt-gt", erpUrl: sandbox.url }],
  });
  await agent.run().waitFor((log) => log.msg === "connected");
  await eventually(
    async () => {
      const row = await getDb().agent.findUnique({ where: { id: agent.agentId } });
      return (row?.online && JSON.stringify(row.erpConnections ?? null).includes('"branch"')) || undefined;
    },
    { what: "the agent online, its hello listing the branch connection" },
  );
}, 120_000);
afterAll(async () => {
  await agent?.cleanup();
  for (const pid of bridgesRunning(faults)) process.kill(pid, "SIGKILL");
  await hub?.close();
  await sandbox?.drop();
});

describe("the last Sfera check, kept per agent connection", () => {
  it("a check of one Subiekt GT connection does not overwrite another's: each is kept and shown under its own", async () => {
    const { companyId, agentId } = agent;
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
