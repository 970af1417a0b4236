import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awaitCommand } from "../../../apps/portal/src/server/agent-link/await-command.ts";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { revokeAgent } from "../../../apps/portal/src/server/admin/agents/revoke-agent.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { Prisma } from "../../../apps/portal/src/generated/prisma/client.ts";
import { STAFF_ACTOR, uniqueSuffix } from "../../support/factories.ts";
import { enrolledAgent, startHub } from "../../support/tunnel-harness.ts";

let hub: Awaited<ReturnType<typeof startHub>>;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(async () => hub.close());

const commandRow = (id: string) => getDb().agentCommand.findUniqueOrThrow({ where: { id } });

/** The agent connected and one echo answered through it: the start of the lost-result cases. */
async function echoOnce(agent: Awaited<ReturnType<typeof enrolledAgent>>, text: string) {
  const run = agent.run();
  await run.waitFor((log) => log.msg === "connected");
  const command = await enqueueCommand({
    companyId: agent.companyId,
    name: "diagnostics.echo",
    input: { text },
    idempotencyKey: `echo-${uniqueSuffix()}`,
  });
  const done = await awaitCommand({ commandId: command.id, timeoutMs: 10_000 });
  expect(done.status).toBe("SUCCEEDED");
  return { run, command, done };
}

describe("the real agent process over a real socket", () => {
  it("kill -9 mid-command: after a restart the command completes exactly once", async () => {
    const agent = await enrolledAgent({ portalUrl: hub.url });
    try {
      const first = agent.run();
      await first.waitFor((log) => log.msg === "connected");
      const command = await enqueueCommand({
        companyId: agent.companyId,
        name: "diagnostics.sleep",
        input: { ms: 1500 },
        idempotencyKey: `sleep-${uniqueSuffix()}`,
      });
      await expect.poll(async () => (await commandRow(command.id)).status, { timeout: 10_000 }).toBe("RUNNING");
      await first.stop("SIGKILL");

      const second = agent.run();
      const finished = await awaitCommand({ commandId: command.id, timeoutMs: 20_000 });
      expect(finished.status).toBe("SUCCEEDED");
      expect(finished.result).toEqual({ sleptMs: expect.any(Number) });
      expect(finished.deliveries).toBe(2);
      // The agent logs a command's end after sending its result: the portal can have it first.
      await second.waitFor((l) => l.msg === "command finished" && l.commandId === command.id);
      const runs = [...first.logs, ...second.logs].filter(
        (l) => l.msg === "command finished" && l.commandId === command.id,
      );
      expect(runs, JSON.stringify({ first: first.logs, second: second.logs })).toHaveLength(1);
    } finally {
      await agent.cleanup();
    }
  });

  it("a result lost after the agent finished is replayed from its journal, not run again", async () => {
    const agent = await enrolledAgent({ portalUrl: hub.url });
    try {
      const { run: first, command, done } = await echoOnce(agent, "raz");
      await first.stop("SIGKILL");
      // As if the result never reached the portal: the command is open again and will be redelivered.
      await getDb().agentCommand.update({
        where: { id: command.id },
        data: { status: "SENT", result: Prisma.DbNull, finishedAt: null },
      });

      const second = agent.run();
      const replay = await second.waitFor((l) => l.msg === "command finished" && l.commandId === command.id);
      expect(replay.replayed).toBe(true);
      const again = await awaitCommand({ commandId: command.id, timeoutMs: 10_000 });
      expect(again.status).toBe("SUCCEEDED");
      // The same agentTime proves the stored result came back; a second run would stamp a new one.
      expect(again.result).toEqual(done.result);
    } finally {
      await agent.cleanup();
    }
  });

  it("a claim and an outcome lost in a crash of PostgreSQL (committed without a flush) are redelivered and replayed, not run again", async () => {
    const agent = await enrolledAgent({ portalUrl: hub.url });
    try {
      const { run: running, command, done } = await echoOnce(agent, "dwa");
      // What a crash leaves when neither the claim nor the outcome had reached the disk: the command
      // queued as enqueued, while the agent, still connected, has run it and been acknowledged.
      await getDb().agentCommand.update({
        where: { id: command.id },
        data: { status: "QUEUED", sentAt: null, deadlineAt: null, result: Prisma.DbNull, finishedAt: null },
      });
      // PostgreSQL's restart ends every connection, the hub's bus listener's among them.
      await getDb().$queryRaw`
        SELECT count(pg_terminate_backend("pid"))::int FROM pg_stat_activity
        WHERE "datname" = current_database() AND "query" LIKE 'LISTEN%' AND "pid" <> pg_backend_pid()`;

      const replay = await running.waitFor(
        (l) => l.msg === "command finished" && l.commandId === command.id && l.replayed === true,
      );
      expect(replay.replayed).toBe(true);
      const again = await awaitCommand({ commandId: command.id, timeoutMs: 10_000 });
      expect(again.status).toBe("SUCCEEDED");
      // The same agentTime proves the journaled result came back; a second run would stamp a new one.
      expect(again.result).toEqual(done.result);
    } finally {
      await agent.cleanup();
    }
  });

  it("an agent of company A never receives company B's commands", async () => {
    const [a, b] = [await enrolledAgent({ portalUrl: hub.url }), await enrolledAgent({ portalUrl: hub.url })];
    try {
      const [agentA, agentB] = [a.run(), b.run()];
      await Promise.all([agentA.waitFor((l) => l.msg === "connected"), agentB.waitFor((l) => l.msg === "connected")]);
      await expect(
        enqueueCommand({
          companyId: b.companyId,
          agentId: a.agentId,
          name: "diagnostics.echo",
          input: { text: "x" },
          idempotencyKey: `cross-${uniqueSuffix()}`,
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      const forB = await enqueueCommand({
        companyId: b.companyId,
        name: "diagnostics.echo",
        input: { text: "dla B" },
        idempotencyKey: `b-${uniqueSuffix()}`,
      });
      expect((await awaitCommand({ commandId: forB.id, timeoutMs: 10_000 })).status).toBe("SUCCEEDED");
      // The agent logs after it answered, so its line may still be on its way when the outcome is stored.
      await agentB.waitFor((l) => l.commandId === forB.id, 10_000);
      expect(agentA.logs.some((l) => l.commandId === forB.id)).toBe(false);
    } finally {
      await Promise.all([a.cleanup(), b.cleanup()]);
    }
  });

  it("a revoked agent is disconnected at once and cannot reconnect", async () => {
    const agent = await enrolledAgent({ portalUrl: hub.url });
    try {
      const running = agent.run();
      await running.waitFor((log) => log.msg === "connected");
      await revokeAgent({ actor: STAFF_ACTOR, agentId: agent.agentId });
      // Exit code 2 (credential revoked) proves the portal's close did it, not a timeout.
      await running.waitFor((log) => log.msg === "disconnected");
      expect(await running.exited).toBe(2);

      const retry = agent.run();
      expect(await retry.exited).toBe(2);
      expect(retry.logs.some((l) => l.msg === "credential rejected: re-enroll")).toBe(true);
    } finally {
      await agent.cleanup();
    }
  });
});
