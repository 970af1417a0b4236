import { CLOSE_CODES } from "@erp-bridge/shared";
import { describe, expect, it } from "vitest";

// The embedded demo database allows one connection, so the portal runs with a pool of one
// and the in-process bus. The portal modules read the pool size once, at first import:
// this file sets it first and imports them afterwards (vitest isolates each file's modules).
process.env.DATABASE_POOL_SIZE = "1";

describe("one database connection, in-process bus (the embedded demo's mode)", () => {
  it("delivers work, records results and revokes without deadlocking the single connection", async () => {
    const { usesLocalBus } = await import("../../../apps/portal/src/server/agent-link/bus/create-bus.ts");
    const { enqueueCommand } = await import("../../../apps/portal/src/server/agent-link/enqueue-command.ts");
    const { awaitCommand } = await import("../../../apps/portal/src/server/agent-link/await-command.ts");
    const { revokeAgent } = await import("../../../apps/portal/src/server/admin/agents/revoke-agent.ts");
    const { closeBus } = await import("../../../apps/portal/src/server/agent-link/subscribe.ts");
    const { makeEnrolledAgent, startTestHub } = await import("../../support/agent-factories.ts");
    const { STAFF_ACTOR, uniqueSuffix } = await import("../../support/factories.ts");
    const { TestAgent } = await import("./test-agent.ts");
    expect(usesLocalBus()).toBe(true);

    const hub = await startTestHub();
    try {
      const enrolled = await makeEnrolledAgent();
      const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
      const command = await enqueueCommand({
        ...enrolled,
        name: "diagnostics.echo",
        input: { text: "solo" },
        idempotencyKey: `x-${uniqueSuffix()}`,
      });
      expect((await agent.next("command")).payload.commandId).toBe(command.id);
      const waiting = awaitCommand({ commandId: command.id, timeoutMs: 5_000 });
      const result = { text: "solo", agentTime: new Date().toISOString() };
      agent.send("command.result", { commandId: command.id, outcome: { ok: true, result }, pages: 0, replayed: false });
      await agent.next("result.ack");
      expect((await waiting).status).toBe("SUCCEEDED");

      await revokeAgent({ actor: STAFF_ACTOR, agentId: enrolled.agentId });
      expect((await agent.closedWithin(1000)).code).toBe(CLOSE_CODES.REVOKED);
    } finally {
      await hub.close();
      await closeBus();
    }
  });
});
