import type { TCommandOutcome } from "@erp-bridge/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { readResultPages } from "../../../apps/portal/src/server/agent-link/read-result-pages.ts";
import { finishCommand } from "../../../apps/portal/src/server/agent-link/commands/finish-command.ts";
import { closeBus } from "../../../apps/portal/src/server/agent-link/subscribe.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeEnrolledAgent, startTestHub, type TTestHub } from "../../support/agent-factories.ts";
import { uniqueSuffix } from "../../support/factories.ts";
import { TestAgent, type TReceived } from "./test-agent.ts";

const commandId = (message: TReceived) => String(message.payload.commandId);
const AGENTS = 12;
const PER_AGENT = 3;

/**
 * Claims, outcomes and pages of many connections share statements (StatementBatcher, PageSink):
 * each connection must still get its own commands in order, each outcome must be stored once
 * (the first copy wins) and every page once, byte for byte as the agent framed it.
 */
describe("statements shared by many agents", () => {
  let hub: TTestHub;
  beforeAll(async () => (hub = await startTestHub({ sweepMs: 100, catchUpMs: 500 })));
  afterAll(async () => {
    await hub.close();
    await closeBus();
  });

  it("every agent gets its own commands in seq order; the first copy of each outcome wins, every copy is acknowledged", async () => {
    const fleet = await Promise.all(
      Array.from({ length: AGENTS }, async () => {
        const enrolled = await makeEnrolledAgent();
        return { enrolled, agent: await TestAgent.online({ url: hub.url, credential: enrolled.credential }) };
      }),
    );
    // Enqueued together, so the hub claims for many agents at once.
    const queued = await Promise.all(
      fleet.map(async ({ enrolled }) => {
        const ids: string[] = [];
        for (let i = 0; i < PER_AGENT; i++) {
          const command = await enqueueCommand({
            ...enrolled,
            name: "diagnostics.echo",
            input: { text: `t${i}` },
            idempotencyKey: `batch-${uniqueSuffix()}`,
          });
          ids.push(command.id);
        }
        return ids;
      }),
    );
    const received = await Promise.all(
      fleet.map(async ({ agent }) => {
        const ids: string[] = [];
        for (let i = 0; i < PER_AGENT; i++) ids.push(commandId(await agent.next("command")));
        return ids;
      }),
    );
    expect(received).toEqual(queued);

    // Every agent answers each command twice in one burst, first "first" then "second".
    for (const [index, { agent }] of fleet.entries()) {
      for (const id of queued[index] ?? []) {
        for (const text of ["first", "second"]) {
          agent.send("command.result", {
            commandId: id,
            outcome: { ok: true, result: { text, agentTime: new Date().toISOString() } },
            pages: 0,
            replayed: text === "second",
          });
        }
      }
    }
    await Promise.all(
      fleet.map(async ({ agent }, index) => {
        for (const id of queued[index] ?? []) {
          await agent.next("result.ack", (p) => p.commandId === id);
          await agent.next("result.ack", (p) => p.commandId === id);
        }
      }),
    );
    const rows = await getDb().agentCommand.findMany({ where: { id: { in: queued.flat() } } });
    expect(rows).toHaveLength(AGENTS * PER_AGENT);
    for (const row of rows) {
      expect({ status: row.status, text: (row.result as { text: string }).text }).toEqual({
        status: "SUCCEEDED",
        text: "first",
      });
    }
    // Nothing was sent twice on a connection.
    for (const { agent } of fleet) {
      expect(agent.received.filter((m) => m.type === "command")).toEqual([]);
      agent.close();
    }
  });

  it("two copies of one outcome in the same statement: the first is stored and reported finished, once", async () => {
    const enrolled = await makeEnrolledAgent();
    const command = await enqueueCommand({
      ...enrolled,
      name: "diagnostics.echo",
      input: { text: "x" },
      idempotencyKey: `twice-${uniqueSuffix()}`,
    });
    const copy = (text: string) =>
      finishCommand({
        agentId: enrolled.agentId,
        commandId: command.id,
        name: "diagnostics.echo",
        pages: 0,
        outcome: { ok: true, result: { text, agentTime: new Date().toISOString() } },
      });
    expect(await Promise.all([copy("first"), copy("second")])).toEqual([
      { known: true, finished: true },
      { known: true, finished: false },
    ]);
    const row = await getDb().agentCommand.findUniqueOrThrow({ where: { id: command.id } });
    expect((row.result as { text: string }).text).toBe("first");
  });

  it("outcomes of one statement are each stored as the agent sent them: text that arrays must escape, failures with and without a problem", async () => {
    const enrolled = await makeEnrolledAgent();
    const enqueue = (key: string) =>
      enqueueCommand({
        ...enrolled,
        name: "diagnostics.echo",
        input: { text: key },
        idempotencyKey: `${key}-${uniqueSuffix()}`,
      });
    const [succeeded, refused, failed] = await Promise.all([enqueue("ok"), enqueue("refused"), enqueue("failed")]);
    // Quotes, backslashes, braces, commas and the word NULL: what a PostgreSQL array literal must escape.
    const text = 'a "quoted" \\ {brace}, NULL, \u0141\u00f3d\u017a';
    const problem = { code: "noStock", path: "lines.0", params: { symbol: 'P "1", {x}', left: 2 } };
    const finish = (commandId: string, outcome: TCommandOutcome) =>
      finishCommand({ agentId: enrolled.agentId, commandId, name: "diagnostics.echo", pages: 0, outcome });
    const agentTime = new Date().toISOString();
    // Started together, so the three share one statement.
    await Promise.all([
      finish(succeeded.id, { ok: true, result: { text, agentTime } }),
      finish(refused.id, { ok: false, error: { code: "ERP_REFUSED", message: 'refused: "x", {y}', problem } }),
      finish(failed.id, { ok: false, error: { code: "TIMEOUT", message: "NULL" } }),
    ]);
    const byId = async (id: string) => {
      const row = await getDb().agentCommand.findUniqueOrThrow({ where: { id } });
      const { status, result, errorCode, errorMessage, errorProblem } = row;
      return { status, result, errorCode, errorMessage, errorProblem };
    };
    expect(await byId(succeeded.id)).toEqual({
      status: "SUCCEEDED",
      result: { text, agentTime },
      errorCode: null,
      errorMessage: null,
      errorProblem: null,
    });
    expect(await byId(refused.id)).toEqual({
      status: "FAILED",
      result: null,
      errorCode: "ERP_REFUSED",
      errorMessage: 'refused: "x", {y}',
      errorProblem: problem,
    });
    expect(await byId(failed.id)).toEqual({
      status: "TIMED_OUT",
      result: null,
      errorCode: "TIMEOUT",
      errorMessage: "NULL",
      errorProblem: null,
    });
  });

  it("a round trip's statements skip the disk wait for their own transactions only: later statements commit durably", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    // A live question (its enqueue skips the wait), its claim, its start and its outcome.
    const command = await enqueueCommand({
      ...enrolled,
      name: "diagnostics.echo",
      input: { text: "durable?" },
      idempotencyKey: `durable-${uniqueSuffix()}`,
    });
    expect(commandId(await agent.next("command"))).toBe(command.id);
    agent.send("command.started", { commandId: command.id });
    agent.send("command.result", {
      commandId: command.id,
      outcome: { ok: true, result: { text: "durable?", agentTime: new Date().toISOString() } },
      pages: 0,
      replayed: false,
    });
    await agent.next("result.ack", (p) => p.commandId === command.id);
    agent.close();
    // As many statements at once as the pool has connections, so each connection that ran one of
    // the above answers: an order stored on it afterwards must wait for its flush.
    const settings = await Promise.all(
      Array.from(
        { length: Number(process.env.DATABASE_POOL_SIZE) },
        () =>
          getDb().$queryRaw<
            { mode: string }[]
          >`SELECT current_setting('synchronous_commit') AS mode FROM (SELECT pg_sleep(0.05)) AS pause`,
      ),
    );
    expect(settings.map(([row]) => row?.mode)).toEqual(settings.map(() => "on"));
  });

  it("work whose announcement was lost (no notify after the insert) still reaches its connected agent", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    // An announced command first: once it arrives, the passes that deliver (at the hello, on the
    // announcement) are over, and none would pick up the row below by chance.
    const announced = await enqueueCommand({
      ...enrolled,
      name: "diagnostics.echo",
      input: { text: "announced" },
      idempotencyKey: `announced-${uniqueSuffix()}`,
    });
    expect(commandId(await agent.next("command"))).toBe(announced.id);
    // As if the enqueuing process died between the insert's commit and its notify.
    const row = await getDb().agentCommand.create({
      data: {
        agentId: enrolled.agentId,
        companyId: enrolled.companyId,
        name: "diagnostics.echo",
        idempotencyKey: `lost-${uniqueSuffix()}`,
        input: { text: "unannounced" },
        timeoutMs: 60_000,
      },
    });
    expect(commandId(await agent.next("command"))).toBe(row.id);
    agent.close();
  });

  it("pages sent in one burst are stored once each, in a run without gaps, as the agent's own bytes", async () => {
    const enrolled = await makeEnrolledAgent();
    const command = await enqueueCommand({
      ...enrolled,
      name: "diagnostics.stream",
      input: { pages: 4, pageBytes: 10 },
      idempotencyKey: `raw-${uniqueSuffix()}`,
    });
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    await agent.next("command");
    // Framed as the agent frames a page, with data whose text a re-serialisation would change:
    // a key the page schema does not know, a number written 1.50, an escaped letter.
    const body = (seq: number) => `{"seq":${seq},"filler":"\\u0141\u00f3d\u017a","extra":{"n":1.50}}`;
    const frame = (seq: number, id: string) =>
      `{"v":1,"id":"${id}","type":"result.page","payload":{"commandId":"${command.id}","seq":${seq},"data":${body(seq)}}}`;
    // 2 twice, 3 before 0 and 1: one batch or several, the run still ends at 4.
    for (const [n, seq] of [2, 2, 3, 0, 1].entries()) agent.sendRaw(frame(seq, `m${n}`));
    for (const seq of [2, 2, 3, 0, 1]) await agent.next("page.ack", (p) => p.seq === seq);

    const stored = await getDb().$queryRaw<{ seq: number; text: string }[]>`
      SELECT "seq", "data"::text AS "text" FROM "AgentResultPage" WHERE "commandId" = ${command.id}::uuid ORDER BY "seq"`;
    expect(stored).toEqual([0, 1, 2, 3].map((seq) => ({ seq, text: body(seq) })));
    const row = await getDb().agentCommand.findUniqueOrThrow({ where: { id: command.id } });
    expect(row.pages).toBe(4);
    const read = await readResultPages({ companyId: enrolled.companyId, commandId: command.id });
    expect(read.pages.map((page) => page.data)).toEqual(
      [0, 1, 2, 3].map((seq) => ({ seq, filler: "Łódź", extra: { n: 1.5 } })),
    );
    agent.close();
  });
});
