import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listExpiredCommands } from "../../../apps/portal/src/server/admin/agents/list-expired-commands.ts";
import { awaitCommand } from "../../../apps/portal/src/server/agent-link/await-command.ts";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { eventually } from "../../support/eventually.ts";
import { makeEnrolledAgent, startTestHub, type TTestHub } from "../../support/agent-factories.ts";
import { STAFF_ACTOR, uniqueSuffix } from "../../support/factories.ts";
import { TestAgent } from "./test-agent.ts";

describe("commands queued for an offline agent", () => {
  let hub: TTestHub;
  beforeAll(async () => (hub = await startTestHub({ sweepMs: 50 })));
  afterAll(() => hub.close());

  it("a live lookup expires undelivered and is shown to staff; an order write waits and is delivered when the agent comes back", async () => {
    const enrolled = await makeEnrolledAgent();
    const lookup = await enqueueCommand({
      companyId: enrolled.companyId,
      agentId: enrolled.agentId,
      name: "diagnostics.echo",
      input: { text: "anyone there?" },
      idempotencyKey: `ping-${uniqueSuffix()}`,
      timeoutMs: 200,
    });
    const write = await enqueueCommand({
      companyId: enrolled.companyId,
      agentId: enrolled.agentId,
      name: "erp.order.close",
      input: { orderKey: `EB-${uniqueSuffix()}`, action: "cancel" },
      idempotencyKey: `close-${uniqueSuffix()}`,
      timeoutMs: 200,
    });
    expect(write.expiresAt).toBeNull();

    // Whoever waits on the lookup is told at its deadline, not left waiting for the agent.
    const finished = await awaitCommand({ commandId: lookup.id, timeoutMs: 10_000 });
    expect({ status: finished.status, errorCode: finished.errorCode }).toEqual({
      status: "TIMED_OUT",
      errorCode: "EXPIRED",
    });
    const shown = await listExpiredCommands({ actor: STAFF_ACTOR, limit: 100 });
    expect(shown.find((c) => c.id === lookup.id)).toMatchObject({
      name: "diagnostics.echo",
      agentName: expect.any(String),
    });

    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    try {
      const delivered = await agent.next("command");
      expect(delivered.payload.commandId).toBe(write.id);
      await eventually(
        async () => {
          const row = await getDb().agentCommand.findUniqueOrThrow({ where: { id: write.id } });
          return row.status === "SENT" ? row : undefined;
        },
        { what: "the order write delivered" },
      );
      const lookupRow = await getDb().agentCommand.findUniqueOrThrow({ where: { id: lookup.id } });
      expect(lookupRow.deliveries).toBe(0);
    } finally {
      agent.close();
    }
  });
});
