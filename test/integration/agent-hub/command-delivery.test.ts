import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awaitCommand } from "../../../apps/portal/src/server/agent-link/await-command.ts";
import { cancelCommand } from "../../../apps/portal/src/server/agent-link/cancel-command.ts";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { closeBus } from "../../../apps/portal/src/server/agent-link/subscribe.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeEnrolledAgent, startTestHub, type TTestHub } from "../../support/agent-factories.ts";
import { uniqueSuffix } from "../../support/factories.ts";
import { TestAgent, type TReceived } from "./test-agent.ts";

const echo = (agent: { companyId: string; agentId: string }, text: string) =>
  enqueueCommand({ ...agent, name: "diagnostics.echo", input: { text }, idempotencyKey: `echo-${uniqueSuffix()}` });

const commandId = (message: TReceived) => String(message.payload.commandId);

describe("command delivery", () => {
  let hub: TTestHub;
  beforeAll(async () => (hub = await startTestHub({ sweepMs: 100 })));
  afterAll(async () => {
    await hub.close();
    await closeBus();
  });

  it("commands enqueued while the agent is offline arrive on connect, in seq order", async () => {
    const enrolled = await makeEnrolledAgent();
    const queued = [await echo(enrolled, "a"), await echo(enrolled, "b"), await echo(enrolled, "c")];
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    const received = [await agent.next("command"), await agent.next("command"), await agent.next("command")];
    expect(received.map(commandId)).toEqual(queued.map((c) => c.id));
    expect(received[0]?.payload).toEqual({
      commandId: queued[0]?.id,
      key: queued[0]?.idempotencyKey,
      name: "diagnostics.echo",
      input: { text: "a" },
      timeoutMs: 60_000,
      resumeFromPage: 0,
    });
    const rows = await getDb().agentCommand.findMany({ where: { agentId: enrolled.agentId } });
    expect(rows.every((r) => r.status === "SENT" && r.deliveries === 1 && r.deadlineAt !== null)).toBe(true);
    agent.close();
  });

  it("a live agent gets new work at once; after a reconnect unfinished work is redelivered, never twice per connection", async () => {
    const enrolled = await makeEnrolledAgent();
    const first = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    const running = await echo(enrolled, "in flight");
    expect(commandId(await first.next("command"))).toBe(running.id);
    first.send("command.started", { commandId: running.id });
    const next = await echo(enrolled, "second");
    expect(commandId(await first.next("command"))).toBe(next.id);
    expect(first.received.filter((m) => m.type === "command")).toEqual([]);
    first.close();
    await first.closedWithin();

    const second = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    const again = [await second.next("command"), await second.next("command")];
    expect(again.map(commandId)).toEqual([running.id, next.id]);
    const row = await getDb().agentCommand.findUniqueOrThrow({ where: { id: running.id } });
    expect(row.deliveries).toBe(2);
    second.close();
  });

  it("a result sent twice is stored once and acknowledged both times", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    const command = await echo(enrolled, "hi");
    await agent.next("command");
    const waiting = awaitCommand({ commandId: command.id, timeoutMs: 5_000 });
    const result = { text: "hi", agentTime: new Date().toISOString() };
    agent.send("command.result", { commandId: command.id, outcome: { ok: true, result }, pages: 0, replayed: false });
    agent.send("command.result", {
      commandId: command.id,
      outcome: { ok: true, result: { ...result, text: "changed" } },
      pages: 0,
      replayed: true,
    });
    await agent.next("result.ack");
    await agent.next("result.ack");
    const finished = await waiting;
    expect(finished.status).toBe("SUCCEEDED");
    expect(finished.result).toEqual(result);
    const row = await getDb().agentCommand.findUniqueOrThrow({ where: { id: command.id } });
    expect(row.finishedAt).toEqual(finished.finishedAt);
    expect(row.result).toEqual(result);
    agent.close();
  });

  it("a result that breaks the catalogue's schema fails the command with INVALID_RESULT", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    const command = await echo(enrolled, "hi");
    await agent.next("command");
    agent.send("command.result", {
      commandId: command.id,
      outcome: { ok: true, result: { nope: 1 } },
      pages: 0,
      replayed: false,
    });
    await agent.next("result.ack");
    const row = await getDb().agentCommand.findUniqueOrThrow({ where: { id: command.id } });
    expect({ status: row.status, errorCode: row.errorCode }).toEqual({ status: "FAILED", errorCode: "INVALID_RESULT" });
    agent.close();
  });

  it("cancelling a sent command tells the agent", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    const command = await enqueueCommand({
      ...enrolled,
      name: "diagnostics.sleep",
      input: { ms: 60_000 },
      idempotencyKey: `sleep-${uniqueSuffix()}`,
    });
    await agent.next("command");
    const cancelled = await cancelCommand({ companyId: enrolled.companyId, commandId: command.id });
    expect(cancelled.status).toBe("CANCELLED");
    expect((await agent.next("command.cancel")).payload).toEqual({ commandId: command.id, reason: "CANCELLED" });
    agent.close();
  });

  it("a command past its deadline is TIMED_OUT and the agent is told to cancel it", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    const command = await enqueueCommand({
      ...enrolled,
      name: "diagnostics.sleep",
      input: { ms: 10_000 },
      idempotencyKey: `sleep-${uniqueSuffix()}`,
      timeoutMs: 300,
    });
    await agent.next("command");
    agent.send("command.started", { commandId: command.id });
    const cancel = await agent.next("command.cancel");
    expect(cancel.payload).toEqual({ commandId: command.id, reason: "TIMEOUT" });
    const row = await getDb().agentCommand.findUniqueOrThrow({ where: { id: command.id } });
    expect({ status: row.status, errorCode: row.errorCode }).toEqual({ status: "TIMED_OUT", errorCode: "TIMEOUT" });

    // A late result is acknowledged but changes nothing.
    agent.send("command.result", {
      commandId: command.id,
      outcome: { ok: true, result: { sleptMs: 10_000 } },
      pages: 0,
      replayed: false,
    });
    await agent.next("result.ack");
    expect((await getDb().agentCommand.findUniqueOrThrow({ where: { id: command.id } })).status).toBe("TIMED_OUT");
    agent.close();
  });
});
