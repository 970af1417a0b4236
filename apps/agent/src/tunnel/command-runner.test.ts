import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TCommandName, TPortalMessage } from "@erp-bridge/shared";
import { describe, expect, it, vi } from "vitest";
import { ErpConnections } from "../erp/erp-connections.ts";
import { Journal } from "../journal/journal.ts";
import { createLogger } from "../log.ts";
import { CommandRunner } from "./command-runner.ts";
import type { TSend } from "./send.ts";

const log = createLogger({ level: "error", write: () => undefined });

async function setup() {
  const journal = await Journal.open({ dir: await mkdtemp(path.join(os.tmpdir(), "agent-runner-")), log });
  return {
    journal,
    runner: new CommandRunner({ journal, connections: new ErpConnections({ connections: [], log }), log }),
  };
}

/** An in-memory connection recording what the agent sends. */
function memoryLink(pageWindow = 2) {
  const sent: { type: string; payload: unknown }[] = [];
  const connection = new AbortController();
  const send: TSend = (message) => {
    if (connection.signal.aborted) return false;
    sent.push(message);
    return true;
  };
  const results = () => sent.filter((message) => message.type === "command.result").map((message) => message.payload);
  const drop = () => connection.abort("DISCONNECTED");
  return { link: { send, pageWindow, closed: connection.signal }, sent, results, drop };
}

function command(name: TCommandName, input: unknown, extra: Partial<TPortalMessage<"command">> = {}) {
  return {
    commandId: randomUUID(),
    key: `key-${randomUUID()}`,
    name,
    input,
    timeoutMs: 5_000,
    resumeFromPage: 0,
    ...extra,
  };
}

describe("CommandRunner", () => {
  it("runs commands one at a time in order and ignores a redelivery while one is queued", async () => {
    const { runner, journal } = await setup();
    const { link, sent, results } = memoryLink();
    runner.attach(link);
    const first = command("diagnostics.sleep", { ms: 20 });
    const second = command("diagnostics.echo", { text: "hi" });
    runner.submit(first);
    runner.submit(second);
    runner.submit(first);
    await vi.waitFor(() => expect(results()).toHaveLength(2));
    const order = sent.map((message) => message.type);
    expect(order).toEqual(["command.started", "command.result", "command.started", "command.result"]);
    expect(results()[0]).toMatchObject({ commandId: first.commandId, outcome: { ok: true }, replayed: false });
    expect(journal.get(first.key)?.outcome).toEqual({ ok: true, result: { sleptMs: 20 } });
  });

  it("answers a journaled key from the journal without running it again", async () => {
    const { runner, journal } = await setup();
    const { link, sent, results } = memoryLink();
    runner.attach(link);
    const done = command("diagnostics.echo", { text: "once" });
    runner.submit(done);
    await vi.waitFor(() => expect(results()).toHaveLength(1));
    const rerun = new CommandRunner({ journal, connections: new ErpConnections({ connections: [], log }), log });
    const again = memoryLink();
    rerun.attach(again.link);
    rerun.submit({ ...done, commandId: randomUUID() });
    await vi.waitFor(() => expect(again.results()).toHaveLength(1));
    expect(again.sent.map((message) => message.type)).toEqual(["command.result"]);
    expect(again.results()[0]).toMatchObject({ replayed: true, outcome: { ok: true, result: { text: "once" } } });
    expect(sent.map((message) => message.type)).toEqual(["command.started", "command.result"]);
  });

  it("times out, honours cancel, rejects bad input, and journals none of those", async () => {
    const { runner, journal } = await setup();
    const { link, results } = memoryLink();
    runner.attach(link);
    const slow = command("diagnostics.sleep", { ms: 60_000 }, { timeoutMs: 20 });
    const cancelled = command("diagnostics.sleep", { ms: 60_000 });
    const invalid = command("diagnostics.echo", { text: 1 });
    runner.submit(slow);
    runner.submit(cancelled);
    runner.submit(invalid);
    await vi.waitFor(() => expect(results()).toHaveLength(1));
    runner.cancel({ commandId: cancelled.commandId, reason: "CANCELLED" });
    await vi.waitFor(() => expect(results()).toHaveLength(3));
    const codes = results().map((result) => JSON.stringify(result));
    expect(codes[0]).toContain('"code":"TIMEOUT"');
    expect(codes[1]).toContain('"code":"CANCELLED"');
    expect(codes[2]).toContain('"code":"INVALID_PAYLOAD"');
    for (const sent of [slow, cancelled, invalid]) expect(journal.get(sent.key)).toBeUndefined();
  });

  it("resends an unacknowledged result on the next connection until the portal acks it", async () => {
    const { runner } = await setup();
    const first = memoryLink();
    runner.attach(first.link);
    const echo = command("diagnostics.echo", { text: "hi" });
    runner.submit(echo);
    await vi.waitFor(() => expect(first.results()).toHaveLength(1));
    runner.detach();
    const second = memoryLink();
    runner.attach(second.link);
    expect(second.results()).toEqual(first.results());
    runner.resultAck({ commandId: echo.commandId });
    const third = memoryLink();
    runner.attach(third.link);
    expect(third.sent).toEqual([]);
  });

  it("keeps a stream within the page window and abandons it when the connection drops", async () => {
    const { runner } = await setup();
    const first = memoryLink(2);
    runner.attach(first.link);
    const stream = command("diagnostics.stream", { pages: 5, pageBytes: 4 });
    runner.submit(stream);
    const pages = (link: ReturnType<typeof memoryLink>) =>
      link.sent.filter((message) => message.type === "result.page");
    await vi.waitFor(() => expect(pages(first)).toHaveLength(2));
    runner.pageAck({ commandId: stream.commandId, seq: 0 });
    await vi.waitFor(() => expect(pages(first)).toHaveLength(3));
    runner.detach();
    first.drop();
    const second = memoryLink(10);
    runner.attach(second.link);
    runner.submit({ ...stream, resumeFromPage: 1 });
    await vi.waitFor(() => expect(second.results()).toHaveLength(1));
    expect(first.results()).toEqual([]);
    expect(pages(second).map((page) => page.payload)).toMatchObject([{ seq: 1 }, { seq: 2 }, { seq: 3 }, { seq: 4 }]);
    expect(second.results()[0]).toMatchObject({ pages: 5, outcome: { ok: true, result: { pages: 5, bytes: 20 } } });
  });
});
