import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { readResultPages } from "../../../apps/portal/src/server/agent-link/read-result-pages.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeEnrolledAgent, startTestHub, type TTestHub } from "../../support/agent-factories.ts";
import { uniqueSuffix } from "../../support/factories.ts";
import { TestAgent } from "./test-agent.ts";

const page = (seq: number) => ({ seq, filler: `page-${seq}` });

describe("streamed result pages", () => {
  let hub: TTestHub;
  beforeAll(async () => (hub = await startTestHub()));
  afterAll(() => hub.close());

  it("stores each page once whatever the duplicates, acknowledges every copy, and resumes after a gap", async () => {
    const enrolled = await makeEnrolledAgent();
    const command = await enqueueCommand({
      ...enrolled,
      name: "diagnostics.stream",
      input: { pages: 5, pageBytes: 10 },
      idempotencyKey: `stream-${uniqueSuffix()}`,
    });
    const first = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    await first.next("command");
    // Page 2 is lost on the way; 0, 1 (twice) and 3 arrive.
    for (const seq of [0, 1, 1, 3]) first.send("result.page", { commandId: command.id, seq, data: page(seq) });
    for (const seq of [0, 1, 1, 3]) await first.next("page.ack", (p) => p.seq === seq);
    first.close();
    await first.closedWithin();

    const second = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    const redelivered = await second.next("command");
    expect(redelivered.payload.resumeFromPage).toBe(2);
    for (const seq of [2, 3, 4]) second.send("result.page", { commandId: command.id, seq, data: page(seq) });
    for (const seq of [2, 3, 4]) await second.next("page.ack", (p) => p.seq === seq);
    second.send("command.result", {
      commandId: command.id,
      outcome: { ok: true, result: { pages: 5, bytes: 50 } },
      pages: 5,
      replayed: false,
    });
    await second.next("result.ack");

    expect(await getDb().agentResultPage.count({ where: { commandId: command.id } })).toBe(5);
    const row = await getDb().agentCommand.findUniqueOrThrow({ where: { id: command.id } });
    expect({ status: row.status, pages: row.pages }).toEqual({ status: "SUCCEEDED", pages: 5 });
    const read = await readResultPages({ companyId: enrolled.companyId, commandId: command.id });
    expect(read.pages.map((p) => p.data)).toEqual([0, 1, 2, 3, 4].map(page));
    second.close();
  });

  it("a page that breaks the catalogue fails the command and the agent is told to stop", async () => {
    const enrolled = await makeEnrolledAgent();
    const command = await enqueueCommand({
      ...enrolled,
      name: "diagnostics.stream",
      input: { pages: 2, pageBytes: 10 },
      idempotencyKey: `stream-${uniqueSuffix()}`,
    });
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    await agent.next("command");
    agent.send("result.page", { commandId: command.id, seq: 0, data: { wrong: true } });
    expect((await agent.next("error")).payload.code).toBe("INVALID_RESULT");
    expect((await agent.next("command.cancel")).payload).toEqual({ commandId: command.id, reason: "CANCELLED" });
    const row = await getDb().agentCommand.findUniqueOrThrow({ where: { id: command.id } });
    expect({ status: row.status, errorCode: row.errorCode }).toEqual({ status: "FAILED", errorCode: "INVALID_RESULT" });
    agent.close();
  });
});
