import { describe, expect, it } from "vitest";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeEnrolledAgent, startTestHub } from "../../support/agent-factories.ts";
import { uniqueSuffix } from "../../support/factories.ts";
import { TestAgent } from "./test-agent.ts";

const echo = (agent: { companyId: string; agentId: string }, text: string) =>
  enqueueCommand({ ...agent, name: "diagnostics.echo", input: { text }, idempotencyKey: `echo-${uniqueSuffix()}` });

describe("stopping the hub", () => {
  it("waits for the command an agent is running, sends nothing new meanwhile, and refuses new connections", async () => {
    const hub = await startTestHub();
    try {
      const enrolled = await makeEnrolledAgent();
      const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
      const running = await echo(enrolled, "in flight");
      await agent.next("command");

      let drained = false;
      const draining = hub.hub.drain({ deadline: Date.now() + 30_000 }).then((outcome) => {
        drained = true;
        return outcome;
      });
      const later = await echo(enrolled, "too late");
      await expect(TestAgent.connect({ url: hub.url, credential: enrolled.credential })).rejects.toThrow("HTTP 503");
      expect(drained).toBe(false);

      const result = { text: "in flight", agentTime: new Date().toISOString() };
      agent.send("command.result", { commandId: running.id, outcome: { ok: true, result }, pages: 0, replayed: false });
      expect(await draining).toEqual({ unfinished: 0 });
      expect((await getDb().agentCommand.findUniqueOrThrow({ where: { id: running.id } })).status).toBe("SUCCEEDED");
      // The later command stays in the outbox for the next process (never sent on this connection).
      expect((await getDb().agentCommand.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("QUEUED");
      agent.close();
    } finally {
      await hub.close();
    }
  });
});
