import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { createBus, type TBus } from "../../../apps/portal/src/server/agent-link/bus/create-bus.ts";
import { publish } from "../../../apps/portal/src/server/agent-link/publish.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeEnrolledAgent, startTestHub, type TTestHub } from "../../support/agent-factories.ts";
import { uniqueSuffix } from "../../support/factories.ts";
import { startPortalWorker } from "../../support/portal-worker.ts";
import { TestAgent, type TReceived } from "./test-agent.ts";

type TAgent = { companyId: string; agentId: string };

/** A live question (its enqueue announces in its own statement) and work that must happen (announced after). */
const echo = (agent: TAgent, text: string) =>
  enqueueCommand({ ...agent, name: "diagnostics.echo", input: { text }, idempotencyKey: `echo-${uniqueSuffix()}` });
const read = (agent: TAgent) =>
  enqueueCommand({
    ...agent,
    name: "erp.read",
    input: { resource: "products", cursor: null, pageSize: 100, maxPages: 1 },
    idempotencyKey: `read-${uniqueSuffix()}`,
  });

const commandId = (message: TReceived) => String(message.payload.commandId);

/**
 * This process's ear with "command available" taken out: a hub on it hears of new work only when
 * its own process enqueued it (or at the catch-up, which these tests push out of reach).
 */
function deafToAnnouncements(bus: TBus): TBus {
  return {
    ...bus,
    subscribe: (channel, fn) => (channel === "command-available" ? () => {} : bus.subscribe(channel, fn)),
  };
}

/**
 * Online, with the hub done with the hello: its backlog pass would send work enqueued meanwhile by
 * itself. A connection's messages are handled in turn, so the answer to a frame sent after the
 * hello comes after that pass.
 */
async function settledAgent(options: { url: string; credential: string }): Promise<TestAgent> {
  const agent = await TestAgent.online(options);
  agent.sendRaw("not a message");
  await agent.next("error");
  return agent;
}

const NO_CATCH_UP = { catchUpMs: 10 * 60_000 };

describe("work enqueued by the process holding the agent's connection", () => {
  let deaf: TTestHub;
  beforeAll(async () => (deaf = await startTestHub({ ...NO_CATCH_UP, bus: deafToAnnouncements(createBus()) })));
  afterAll(() => deaf.close());

  it("reaches the agent without the notification, live questions and work that must happen alike", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await settledAgent({ url: deaf.url, credential: enrolled.credential });
    const question = await echo(enrolled, "direct");
    expect(commandId(await agent.next("command"))).toBe(question.id);
    const work = await read(enrolled);
    expect(commandId(await agent.next("command"))).toBe(work.id);
    agent.close();
  });
});

describe("both paths at once", () => {
  let hub: TTestHub;
  beforeAll(async () => (hub = await startTestHub(NO_CATCH_UP)));
  afterAll(() => hub.close());

  it("the direct send and another announcement of the same work send each command once, in seq order", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await settledAgent({ url: hub.url, credential: enrolled.credential });
    const announced: string[] = [];
    const stop = hub.bus.subscribe("command-available", ({ agentId }) => {
      if (agentId === enrolled.agentId) announced.push(agentId);
    });
    const enqueued = [];
    for (let i = 0; i < 10; i++) {
      enqueued.push(i % 2 === 0 ? await echo(enrolled, `both ${i}`) : await read(enrolled));
      // The enqueue's own announcement starts no second pass here (it says this process sent it);
      // one without that mark, as another process would send for the same work, does.
      await publish({ channel: "command-available", event: { agentId: enrolled.agentId } });
    }
    for (let i = 0; i < enqueued.length; i++) await agent.next("command");
    await expect.poll(() => announced.length, { timeout: 5_000 }).toBe(2 * enqueued.length);
    stop();
    // Passes of one connection run in turn: once the marker's (enqueued last) arrived, every earlier one has run.
    const marker = await echo(enrolled, "marker");
    expect(commandId(await agent.next("command"))).toBe(marker.id);
    expect(agent.received.filter((m) => m.type === "command").map(commandId)).toEqual([]);
    const rows = await getDb().agentCommand.findMany({
      where: { agentId: enrolled.agentId },
      orderBy: { seq: "asc" },
    });
    expect(rows.map((row) => row.id)).toEqual([...enqueued, marker].map((c) => c.id));
    expect(rows.map((row) => row.deliveries)).toEqual(rows.map(() => 1));
    agent.close();
  });
});

describe("work for an agent held by another portal process", () => {
  let worker: Awaited<ReturnType<typeof startPortalWorker>>;
  beforeAll(async () => (worker = await startPortalWorker()), 60_000);
  afterAll(() => worker.worker.stop("SIGKILL"));

  it("reaches it through the notification, live questions and work that must happen alike", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await settledAgent({
      url: `ws://127.0.0.1:${worker.port}/agent/v1`,
      credential: enrolled.credential,
    });
    const question = await echo(enrolled, "across");
    expect(commandId(await agent.next("command"))).toBe(question.id);
    const work = await read(enrolled);
    expect(commandId(await agent.next("command"))).toBe(work.id);
    agent.close();
  });
});
