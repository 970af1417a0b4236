import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createBus } from "../../../apps/portal/src/server/agent-link/bus/create-bus.ts";
import { publish } from "../../../apps/portal/src/server/agent-link/publish.ts";
import { runTransaction } from "../../../apps/portal/src/server/platform/database/db.ts";

/** Another process's ear on the bus: what it hears is what PostgreSQL delivered. */
const bus = createBus();
afterAll(() => bus.close());

describe("events published after a commit", () => {
  it("many at once share statements, and every distinct event arrives once it resolves", async () => {
    await bus.ready;
    const heard: string[] = [];
    const stop = bus.subscribe("command-finished", ({ commandId }) => void heard.push(commandId));
    const ids = Array.from({ length: 40 }, () => randomUUID());
    // Each twice, from separate callers: both resolve, the bus hears each once or more.
    await Promise.all(
      [...ids, ...ids].map((commandId) => publish({ channel: "command-finished", event: { commandId } })),
    );
    await expect.poll(() => ids.filter((id) => heard.includes(id)).length, { timeout: 5_000 }).toBe(ids.length);
    stop();
  });

  it("one published by a caller inside a transaction's scope is still sent, and the others of its batch too", async () => {
    await bus.ready;
    const heard: string[] = [];
    const stop = bus.subscribe("command-finished", ({ commandId }) => void heard.push(commandId));
    const outside = randomUUID();
    const inside = randomUUID();
    await runTransaction(async () => {
      // Not through tx: an announcement of something already committed, from code that runs in a scope.
      await Promise.all([
        publish({ channel: "command-finished", event: { commandId: inside } }),
        publish({ channel: "command-finished", event: { commandId: outside } }),
      ]);
    });
    await expect.poll(() => [inside, outside].every((id) => heard.includes(id)), { timeout: 5_000 }).toBe(true);
    stop();
  });
});
