import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { revokeAgent } from "../../../apps/portal/src/server/admin/agents/revoke-agent.ts";
import { CLOSE_CODES } from "@erp-bridge/shared";
import { makeEnrolledAgent, startTestHub, type TTestHub } from "../../support/agent-factories.ts";
import { STAFF_ACTOR, uniqueSuffix } from "../../support/factories.ts";
import { TestAgent } from "./test-agent.ts";

describe("two portal processes", () => {
  let one: TTestHub;
  let two: TTestHub;
  beforeAll(async () => {
    one = await startTestHub();
    two = await startTestHub();
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it("work reaches an agent connected to the second hub", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: two.url, credential: enrolled.credential });
    // Both hubs live in this process, so the enqueue may hand it to hub two directly; the path
    // through PostgreSQL to another process is direct-delivery.test.ts's, with a real one.
    const command = await enqueueCommand({
      ...enrolled,
      name: "diagnostics.echo",
      input: { text: "across" },
      idempotencyKey: `x-${uniqueSuffix()}`,
    });
    expect((await agent.next("command")).payload.commandId).toBe(command.id);
    agent.close();
  });

  it("a connection to the other process replaces the first (4008); revocation reaches either", async () => {
    const enrolled = await makeEnrolledAgent();
    const onOne = await TestAgent.online({ url: one.url, credential: enrolled.credential });
    const onTwo = await TestAgent.online({ url: two.url, credential: enrolled.credential });
    expect((await onOne.closedWithin()).code).toBe(CLOSE_CODES.REPLACED);
    await revokeAgent({ actor: STAFF_ACTOR, agentId: enrolled.agentId });
    expect((await onTwo.closedWithin(1000)).code).toBe(CLOSE_CODES.REVOKED);
  });
});
