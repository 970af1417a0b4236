import { CLOSE_CODES, PROTOCOL_VERSION } from "@erp-bridge/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeEnrolledAgent, nextPresence, startTestHub, type TTestHub } from "../../support/agent-factories.ts";
import { hello, TestAgent } from "./test-agent.ts";

describe("agent handshake and malformed input", () => {
  let hub: TTestHub;
  beforeAll(async () => (hub = await startTestHub()));
  afterAll(() => hub.close());

  it("welcomes a current agent and records its presence", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.connect({ url: hub.url, credential: enrolled.credential });
    agent.send("hello", hello({ hostname: "SUBIEKT-01", agentVersion: "1.2.3" }));
    const welcome = await agent.next("welcome");
    expect(welcome.payload).toEqual({
      agentId: enrolled.agentId,
      protocol: PROTOCOL_VERSION,
      heartbeatMs: 15000,
      pageWindow: 8,
    });
    const row = await getDb().agent.findUniqueOrThrow({ where: { id: enrolled.agentId } });
    expect(row).toMatchObject({ online: true, hostname: "SUBIEKT-01", agentVersion: "1.2.3", erpReachable: true });

    const offline = nextPresence({ bus: hub.bus, agentId: enrolled.agentId });
    agent.close();
    await offline;
    expect((await getDb().agent.findUniqueOrThrow({ where: { id: enrolled.agentId } })).online).toBe(false);
  });

  it("tells a too-new agent that the portal needs updating, then closes with 4001", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.connect({ url: hub.url, credential: enrolled.credential });
    agent.send("hello", hello({ protocol: PROTOCOL_VERSION + 1 }));
    const error = await agent.next("error");
    expect(error.payload.code).toBe("UNSUPPORTED_VERSION");
    expect(error.payload.message).toMatch(/agent is newer than this portal.*Update the portal/);
    expect((await agent.closedWithin()).code).toBe(CLOSE_CODES.PROTOCOL_VERSION);
  });

  it("answers the same way when even the hello's envelope is in a newer version", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.connect({ url: hub.url, credential: enrolled.credential });
    agent.sendRaw(JSON.stringify({ v: PROTOCOL_VERSION + 1, id: "h1", type: "hello", payload: {} }));
    expect((await agent.next("error")).payload.message).toMatch(/Update the portal/);
    expect((await agent.closedWithin()).code).toBe(CLOSE_CODES.PROTOCOL_VERSION);
  });

  it("refuses a first message that is not hello (4002)", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.connect({ url: hub.url, credential: enrolled.credential });
    agent.send("command.started", { commandId: crypto.randomUUID() });
    expect((await agent.closedWithin()).code).toBe(CLOSE_CODES.HANDSHAKE_FAILED);
  });

  it("answers garbage with an error and keeps the connection; another agent is unaffected", async () => {
    const [first, second] = [await makeEnrolledAgent(), await makeEnrolledAgent()];
    const noisy = await TestAgent.online({ url: hub.url, credential: first.credential });
    const quiet = await TestAgent.online({ url: hub.url, credential: second.credential });

    noisy.sendRaw("{not json");
    expect((await noisy.next("error")).payload.code).toBe("BAD_JSON");
    noisy.sendRaw(JSON.stringify({ v: 1, id: "m1", type: "teleport", payload: {} }));
    expect((await noisy.next("error")).payload).toMatchObject({ code: "UNKNOWN_TYPE", refId: "m1" });
    noisy.sendRaw(JSON.stringify({ v: 1, id: "m2", type: "status", payload: { runningCommands: -1 } }));
    expect((await noisy.next("error")).payload).toMatchObject({ code: "INVALID_PAYLOAD", refId: "m2" });
    noisy.sendRaw(JSON.stringify({ id: "m3" }));
    expect((await noisy.next("error")).payload.code).toBe("BAD_ENVELOPE");

    // Still connected and served: a valid message after the garbage is processed.
    const changed = nextPresence({ bus: hub.bus, agentId: first.agentId });
    noisy.send("status", { erp: { ...hello().erp, reachable: false, message: "SQL Server down" }, runningCommands: 0 });
    await changed;
    expect((await getDb().agent.findUniqueOrThrow({ where: { id: first.agentId } })).erpReachable).toBe(false);
    quiet.send("status", { erp: hello().erp, runningCommands: 0 });
    expect(quiet.received.filter((m) => m.type === "error")).toEqual([]);
    expect(quiet.ws.readyState).toBe(quiet.ws.OPEN);
    noisy.close();
    quiet.close();
  });

  it("closes with 4009 after more than 20 malformed messages in a row", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    for (let i = 0; i < 21; i++) agent.sendRaw("garbage");
    expect((await agent.closedWithin()).code).toBe(CLOSE_CODES.PROTOCOL_ERROR);
    expect(agent.received.filter((m) => m.type === "error")).toHaveLength(21);
  });

  it("a second connection of the same agent replaces the first (4008) and stays online", async () => {
    const enrolled = await makeEnrolledAgent();
    const first = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    const second = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    expect((await first.closedWithin()).code).toBe(CLOSE_CODES.REPLACED);
    // The replaced connection's close must not mark the agent offline. A status that changes
    // what the page shows is announced, and is handled after that close.
    const seen = nextPresence({ bus: hub.bus, agentId: enrolled.agentId });
    second.send("status", { erp: { ...hello().erp, message: "still here" }, runningCommands: 0 });
    await seen;
    const row = await getDb().agent.findUniqueOrThrow({ where: { id: enrolled.agentId } });
    expect(row.online).toBe(true);
    second.close();
  });

  it("closes an oversized frame with 1009", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    agent.sendRaw("x".repeat(1024 * 1024 + 1));
    expect((await agent.closedWithin()).code).toBe(1009);
  });
});
