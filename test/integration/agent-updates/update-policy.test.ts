import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importAgentBuilds } from "../../../apps/portal/src/server/admin/agent-builds/import-agent-builds.ts";
import { applyUpdatePolicies } from "../../../apps/portal/src/server/admin/agent-updates/apply-update-policies.ts";
import { updateCompanyAgents } from "../../../apps/portal/src/server/admin/agent-updates/update-company-agents.ts";
import { setUpdatePolicy } from "../../../apps/portal/src/server/admin/agent-updates/update-policy.ts";
import { closeBus } from "../../../apps/portal/src/server/agent-link/subscribe.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeEnrolledAgent, startTestHub, type TTestHub } from "../../support/agent-factories.ts";
import { testUpdateKey, uniqueVersion, writeBuilds } from "../../support/agent-builds.ts";
import { makeCompany, makeUser, STAFF_ACTOR } from "../../support/factories.ts";
import { hello, TestAgent } from "../agent-hub/test-agent.ts";

/** 02:30 in Warsaw on a winter night. */
const NIGHT = new Date("2026-01-15T01:30:00Z");
const NOON = new Date("2026-01-15T11:00:00Z");

describe("automatic updates and a client's agents at once", () => {
  let hub: TTestHub;
  let dir: string;
  const sockets: TestAgent[] = [];

  beforeAll(async () => {
    hub = await startTestHub();
    const key = await testUpdateKey();
    const written = await writeBuilds({
      key,
      builds: [{ version: uniqueVersion(), platform: "linux-x64", bytes: randomBytes(1000) }],
    });
    dir = written.dir;
    await importAgentBuilds({ dir, key: key.updateKey });
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await hub.close();
    await closeBus();
    await rm(dir, { recursive: true, force: true });
  });

  async function online(companyId: string, agentVersion = "0.0.1") {
    const enrolled = await makeEnrolledAgent({ companyId });
    const agent = await TestAgent.connect({ url: hub.url, credential: enrolled.credential });
    agent.send("hello", hello({ platform: "linux-x64", agentVersion }));
    await agent.next("welcome");
    sockets.push(agent);
    return { ...enrolled, agent };
  }

  it("inside its window a consenting client's online agents are updated once; a build that failed is not retried", async () => {
    const consenting = await makeCompany();
    const other = await makeCompany();
    await setUpdatePolicy({ actor: STAFF_ACTOR, companyId: consenting.id, input: { fromHour: 22, toHour: 5 } });
    const mine = await online(consenting.id);
    const theirs = await online(other.id);

    expect((await applyUpdatePolicies({ now: NOON })).filter((u) => u.agentId === mine.agentId)).toEqual([]);
    const started = await applyUpdatePolicies({ now: NIGHT });
    expect(started.map((u) => u.agentId)).toContain(mine.agentId);
    expect(started.map((u) => u.agentId)).not.toContain(theirs.agentId);
    const update = await getDb().agentUpdate.findFirstOrThrow({ where: { agentId: mine.agentId } });
    expect(update).toMatchObject({ requestedBy: "policy", state: "PENDING", fromVersion: "0.0.1" });
    expect((await mine.agent.next("update.offer")).payload.updateId).toBe(update.id);

    expect((await applyUpdatePolicies({ now: NIGHT })).filter((u) => u.agentId === mine.agentId)).toEqual([]);
    await getDb().agentUpdate.update({
      where: { id: update.id },
      data: { state: "ROLLED_BACK", finishedAt: new Date(), errorCode: "NOT_CONNECTED_IN_TIME" },
    });
    expect((await applyUpdatePolicies({ now: NIGHT })).filter((u) => u.agentId === mine.agentId)).toEqual([]);
  });

  it("checks the window and who sets it", async () => {
    const company = await makeCompany();
    await expect(
      setUpdatePolicy({ actor: STAFF_ACTOR, companyId: company.id, input: { fromHour: 3, toHour: 3 } }),
    ).rejects.toMatchObject({ fieldErrors: { toHour: [{ code: "updateWindowEmpty", params: {} }] } });
    await expect(
      setUpdatePolicy({ actor: STAFF_ACTOR, companyId: company.id, input: { fromHour: 24, toHour: 3 } }),
    ).rejects.toMatchObject({ fieldErrors: { fromHour: [{ code: "atMost", params: { n: 23 } }] } });
    const client = await makeUser({ role: "CLIENT", companyId: company.id });
    await expect(
      setUpdatePolicy({ actor: client.actor, companyId: company.id, input: { fromHour: 1, toHour: 3 } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setUpdatePolicy({ actor: STAFF_ACTOR, companyId: company.id, input: { fromHour: "1", toHour: "3" } });
    expect(await getDb().agentUpdatePolicy.findUnique({ where: { companyId: company.id } })).toMatchObject({
      fromHour: 1,
      toHour: 3,
    });
    await setUpdatePolicy({ actor: STAFF_ACTOR, companyId: company.id, input: null });
    expect(await getDb().agentUpdatePolicy.findUnique({ where: { companyId: company.id } })).toBeNull();
  });

  it("updating all of a client's agents starts each that is behind and says why the others were not", async () => {
    const company = await makeCompany();
    const behind = await online(company.id);
    const current = await online(company.id, "999.0.0");
    const outcome = await updateCompanyAgents({ actor: STAFF_ACTOR, companyId: company.id });
    expect(outcome.started.map((u) => u.agentId)).toEqual([behind.agentId]);
    expect(outcome.skipped).toEqual([
      {
        agentName: expect.any(String),
        reason: expect.stringContaining("already runs 999.0.0"),
        problem: { code: "agentUpToDate", params: { current: "999.0.0", version: expect.any(String) as string } },
      },
    ]);
    await behind.agent.next("update.offer");
    expect(current.agent.received.filter((m) => m.type === "update.offer")).toEqual([]);
  });
});
