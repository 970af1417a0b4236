import { describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeEnrolledAgent } from "../../support/agent-factories.ts";
import { eventually } from "../../support/eventually.ts";
import { syncedWorld } from "../../support/synced-world.ts";
import { hello, TestAgent } from "../agent-hub/test-agent.ts";
import { configureIntegration, finishedRun } from "./sync-fixture.ts";

// Company "away": its agent (played over a real socket) takes its first reads and disconnects
// without answering. Company "online": the real agent on the ERP sandbox (the synced world's). The portal works sync
// runs three at a time (job-catalogue.ts); away's runs must not keep online's waiting.
const SLOTS = 3;

let away: Awaited<ReturnType<typeof makeEnrolledAgent>>;

const awayHello = hello({ commands: [...hello().commands, "erp.read"] });

const world = syncedWorld({
  arrange: async () => {
    away = await makeEnrolledAgent();
  },
});

function awayRuns() {
  return getDb().syncRun.findMany({ where: { companyId: away.companyId } });
}

describe("sync runs of an agent that is not connected", () => {
  it("hold no worker slot: another company's sync goes on, and they run when the agent is back", async () => {
    // Away's agent connects, gets the reads of the runs that took every slot, and goes.
    const first = await TestAgent.connect({
      url: `ws://127.0.0.1:${world.hub.port}/agent/v1`,
      credential: away.credential,
    });
    first.send("hello", awayHello);
    await first.next("welcome");
    await configureIntegration({ companyId: away.companyId, agentId: away.agentId });
    for (let i = 0; i < SLOTS; i += 1) await first.next("command", (p) => p.name === "erp.read");
    first.close();
    await first.closedWithin();
    await eventually(
      async () => !(await getDb().agent.findUniqueOrThrow({ where: { id: away.agentId } })).online || undefined,
      { what: "the away agent marked offline" },
    );

    // Online's first sync: every group done well before an unanswered read would time out (10 min)
    // or an undelivered one be given up (60 s).
    const started = new Date();
    await configureIntegration({ companyId: world.agent.companyId, agentId: world.agent.agentId });
    for (const group of ["PRODUCTS", "PRICES", "STOCK", "CUSTOMERS", "DOCUMENTS", "PROMOTIONS"] as const) {
      const run = await finishedRun({ companyId: world.agent.companyId, group, since: started, timeoutMs: 45_000 });
      expect({ group, status: run.status, error: run.errorMessage }).toEqual({
        group,
        status: "SUCCEEDED",
        error: null,
      });
    }
    // Away's runs wait, parked, none failed.
    const parked = await eventually(
      async () => {
        const runs = await awayRuns();
        return runs.length === 6 && runs.every((run) => run.status === "QUEUED") ? runs : undefined;
      },
      { what: "away's six runs parked" },
    );
    expect(parked.filter((run) => run.commandId !== null)).toHaveLength(SLOTS);

    // Back: each run reads again (the unanswered commands redelivered), and an answer finishes it.
    const back = await TestAgent.connect({
      url: `ws://127.0.0.1:${world.hub.port}/agent/v1`,
      credential: away.credential,
    });
    back.send("hello", awayHello);
    await back.next("welcome");
    try {
      const delivered = new Set<string>();
      const ids = parked.map((run) => run.id);
      // A group's next scheduled run may ask meanwhile too: answer every read until each parked
      // run's own command has been answered (counting commands alone stopped one short).
      const eachParkedAnswered = async () => {
        const runs = await getDb().syncRun.findMany({ where: { id: { in: ids } } });
        return runs.every(
          (run) => run.status === "SUCCEEDED" || (run.commandId !== null && delivered.has(run.commandId)),
        );
      };
      while (!(await eachParkedAnswered())) {
        const command = await back.next("command", (p) => p.name === "erp.read");
        const input = command.payload.input as { resource: string };
        const commandId = String(command.payload.commandId);
        delivered.add(commandId);
        const result = { resource: input.resource, pages: 0, rows: 0, cursor: null, done: true };
        back.send("command.result", { commandId, outcome: { ok: true, result }, pages: 0, replayed: false });
      }
      expect([...delivered]).toEqual(expect.arrayContaining(parked.flatMap((run) => run.commandId ?? [])));
      await eventually(
        async () => {
          const runs = await getDb().syncRun.findMany({ where: { id: { in: ids } } });
          return runs.every((run) => run.status === "SUCCEEDED") || undefined;
        },
        { what: "away's parked runs finished after the agent came back", timeoutMs: 30_000 },
      );
    } finally {
      // The next scheduled runs wait for it no more (parked), so the engine stops at once.
      back.close();
      await back.closedWithin();
    }
  }, 120_000);
});
