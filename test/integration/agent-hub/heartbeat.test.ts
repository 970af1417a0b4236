import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeEnrolledAgent, nextPresence, startTestHub, type TTestHub } from "../../support/agent-factories.ts";
import { TestAgent } from "./test-agent.ts";

// A short heartbeat stands in for the production 15 s: the rules are in intervals.
const HEARTBEAT_MS = 100;

describe("heartbeat", () => {
  let hub: TTestHub;
  beforeAll(async () => (hub = await startTestHub({ heartbeatMs: HEARTBEAT_MS })));
  afterAll(() => hub.close());

  it("measures the round trip from ping to pong", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    // A pong updates the row without announcing it (lastSeenAt and RTT change every heartbeat).
    const read = () => getDb().agent.findUniqueOrThrow({ where: { id: enrolled.agentId } });
    await expect.poll(async () => (await read()).rttMs, { timeout: 20 * HEARTBEAT_MS }).toBeGreaterThanOrEqual(0);
    expect((await read()).online).toBe(true);
    agent.close();
  });

  it("drops a connection that stops answering pings within three intervals and marks it offline", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential, autoPong: false });
    const started = Date.now();
    // Generous above (timers run late on a loaded machine); below, it must have waited for at
    // least one missed pong (pings started at the connection, a little before `started`).
    const closed = await agent.closedWithin(3 * HEARTBEAT_MS + 10_000);
    expect(closed.code).toBe(1006);
    expect(Date.now() - started).toBeGreaterThanOrEqual(HEARTBEAT_MS);
    await nextPresence({ bus: hub.bus, agentId: enrolled.agentId });
    expect((await getDb().agent.findUniqueOrThrow({ where: { id: enrolled.agentId } })).online).toBe(false);
  });
});
