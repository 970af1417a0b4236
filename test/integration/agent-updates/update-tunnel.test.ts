import { randomBytes, randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { AGENT_UPDATE_MESSAGES, encodeMessage } from "@erp-bridge/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { importAgentBuilds } from "../../../apps/portal/src/server/admin/agent-builds/import-agent-builds.ts";
import { cancelAgentUpdate } from "../../../apps/portal/src/server/admin/agent-updates/cancel-agent-update.ts";
import { startAgentUpdate } from "../../../apps/portal/src/server/admin/agent-updates/start-agent-update.ts";
import { closeBus } from "../../../apps/portal/src/server/agent-link/subscribe.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeEnrolledAgent, startTestHub, type TTestHub } from "../../support/agent-factories.ts";
import { testUpdateKey, uniqueVersion, writeBuilds } from "../../support/agent-builds.ts";
import { makeUser, STAFF_ACTOR } from "../../support/factories.ts";
import { hello, TestAgent } from "../agent-hub/test-agent.ts";

const PART = 512 * 1024;
type TUpdateMessage = typeof AGENT_UPDATE_MESSAGES;

function sendUpdate<T extends keyof TUpdateMessage>(agent: TestAgent, type: T, payload: z.input<TUpdateMessage[T]>) {
  agent.sendRaw(encodeMessage({ catalog: AGENT_UPDATE_MESSAGES, type, payload }));
}

const updateRow = (id: string) => getDb().agentUpdate.findUniqueOrThrow({ where: { id } });

describe("updates through the tunnel", () => {
  let hub: TTestHub;
  let build: { id: string; version: string; bytes: Buffer; sha256: string; signature: string };
  let dir: string;

  beforeAll(async () => {
    hub = await startTestHub();
    const key = await testUpdateKey();
    const version = uniqueVersion();
    const bytes = randomBytes(2 * PART + 777);
    const written = await writeBuilds({ key, builds: [{ version, platform: "linux-x64", bytes }] });
    dir = written.dir;
    await importAgentBuilds({ dir, key: key.updateKey });
    const row = await getDb().agentBuild.findUniqueOrThrow({
      where: { platform_version: { platform: "linux-x64", version } },
    });
    build = { id: row.id, version, bytes, sha256: row.sha256, signature: row.signature };
  });
  afterAll(async () => {
    await hub.close();
    await closeBus();
    await rm(dir, { recursive: true, force: true });
  });

  /** An enrolled agent online as the installed Linux executable of version 0.0.1. */
  async function onlineAgent() {
    const enrolled = await makeEnrolledAgent();
    const connect = async () => {
      const agent = await TestAgent.connect({ url: hub.url, credential: enrolled.credential });
      agent.send("hello", hello({ platform: "linux-x64", agentVersion: "0.0.1" }));
      await agent.next("welcome");
      return agent;
    };
    return { ...enrolled, agent: await connect(), connect };
  }

  it("offers a started update at once, serves its pages from the stored bytes and records every status to installed", async () => {
    const { agentId, agent, connect } = await onlineAgent();
    const started = await startAgentUpdate({ actor: STAFF_ACTOR, agentId, buildId: build.id });
    const offer = await agent.next("update.offer");
    expect(offer.payload).toEqual({
      updateId: started.id,
      manifest: { version: build.version, platform: "linux-x64", size: build.bytes.length, sha256: build.sha256 },
      signature: build.signature,
      pageBytes: PART,
    });

    sendUpdate(agent, "update.status", {
      updateId: started.id,
      version: build.version,
      state: "downloading",
      receivedBytes: 0,
    });
    sendUpdate(agent, "update.pull", { updateId: started.id, fromSeq: 0, count: 2 });
    const pages = [await agent.next("update.page"), await agent.next("update.page")];
    sendUpdate(agent, "update.pull", { updateId: started.id, fromSeq: 2, count: 8 });
    pages.push(await agent.next("update.page"));
    expect(pages.map((p) => p.payload.seq)).toEqual([0, 1, 2]);
    const received = Buffer.concat(pages.map((p) => Buffer.from(String(p.payload.data), "base64")));
    expect(received.equals(build.bytes)).toBe(true);
    expect(await updateRow(started.id)).toMatchObject({ state: "DOWNLOADING", receivedBytes: 2 * PART });

    sendUpdate(agent, "update.status", { updateId: started.id, version: build.version, state: "installing" });
    await expect.poll(async () => (await updateRow(started.id)).state).toBe("INSTALLING");
    agent.close();
    await agent.closedWithin();

    // The new version connects: a staged update is not offered again; its outcome is stored and acknowledged.
    const renewed = await connect();
    sendUpdate(renewed, "update.status", { updateId: started.id, version: build.version, state: "installed" });
    expect((await renewed.next("update.ack")).payload).toEqual({ updateId: started.id });
    const installed = await updateRow(started.id);
    expect(installed).toMatchObject({ state: "INSTALLED", errorCode: null });
    expect(installed.finishedAt).not.toBeNull();
    // Repeated (the ack was lost): acknowledged again, stored once.
    sendUpdate(renewed, "update.status", { updateId: started.id, version: build.version, state: "installed" });
    await renewed.next("update.ack");
    expect(await updateRow(started.id)).toEqual(installed);
    expect(renewed.received.filter((m) => m.type === "update.offer")).toEqual([]);
    renewed.close();
  });

  it("offers an update started while the agent was away after its welcome, and again after every reconnect until it is staged", async () => {
    const enrolled = await makeEnrolledAgent();
    const first = await TestAgent.connect({ url: hub.url, credential: enrolled.credential });
    first.send("hello", hello({ platform: "linux-x64", agentVersion: "0.0.1" }));
    await first.next("welcome");
    first.close();
    await first.closedWithin();
    const started = await startAgentUpdate({ actor: STAFF_ACTOR, agentId: enrolled.agentId });
    expect(started.version).not.toBe("0.0.1");

    for (let connection = 0; connection < 2; connection++) {
      const agent = await TestAgent.connect({ url: hub.url, credential: enrolled.credential });
      agent.send("hello", hello({ platform: "linux-x64", agentVersion: "0.0.1" }));
      await agent.next("welcome");
      expect((await agent.next("update.offer")).payload.updateId).toBe(started.id);
      sendUpdate(agent, "update.pull", { updateId: started.id, fromSeq: 1, count: 1 });
      expect((await agent.next("update.page")).payload.seq).toBe(1);
      agent.close();
      await agent.closedWithin();
    }
    expect(await updateRow(started.id)).toMatchObject({ state: "DOWNLOADING", receivedBytes: PART });
  });

  it("stores a rollback with its reason and a refusal with its code, each acknowledged", async () => {
    const rolled = await onlineAgent();
    const first = await startAgentUpdate({ actor: STAFF_ACTOR, agentId: rolled.agentId, buildId: build.id });
    await rolled.agent.next("update.offer");
    const reason = "exited with code 1 before connecting: broken build: cannot start";
    sendUpdate(rolled.agent, "update.status", {
      updateId: first.id,
      version: build.version,
      state: "rolled_back",
      error: { code: "EXITED_BEFORE_CONNECTING", message: reason },
    });
    await rolled.agent.next("update.ack");
    expect(await updateRow(first.id)).toMatchObject({
      state: "ROLLED_BACK",
      errorCode: "EXITED_BEFORE_CONNECTING",
      errorMessage: reason,
    });

    const refused = await onlineAgent();
    const second = await startAgentUpdate({ actor: STAFF_ACTOR, agentId: refused.agentId, buildId: build.id });
    await refused.agent.next("update.offer");
    const message = "the signature does not verify with this agent's update key";
    sendUpdate(refused.agent, "update.status", {
      updateId: second.id,
      version: build.version,
      state: "refused",
      error: { code: "BAD_SIGNATURE", message },
    });
    await refused.agent.next("update.ack");
    expect(await updateRow(second.id)).toMatchObject({
      state: "REFUSED",
      errorCode: "BAD_SIGNATURE",
      errorMessage: message,
    });
    rolled.agent.close();
    refused.agent.close();
  });

  it("a cancel reaches a downloading agent, its pulls are answered with cancel, and its cancelled status is acknowledged", async () => {
    const { agentId, agent } = await onlineAgent();
    const started = await startAgentUpdate({ actor: STAFF_ACTOR, agentId, buildId: build.id });
    await agent.next("update.offer");
    sendUpdate(agent, "update.pull", { updateId: started.id, fromSeq: 0, count: 1 });
    await agent.next("update.page");
    await cancelAgentUpdate({ actor: STAFF_ACTOR, updateId: started.id });
    expect((await agent.next("update.cancel")).payload).toEqual({ updateId: started.id });
    expect(await updateRow(started.id)).toMatchObject({ state: "CANCELLED", errorCode: "CANCELLED" });

    sendUpdate(agent, "update.pull", { updateId: started.id, fromSeq: 1, count: 1 });
    expect((await agent.next("update.cancel")).payload).toEqual({ updateId: started.id });
    expect(agent.received.filter((m) => m.type === "update.page")).toEqual([]);
    const error = { code: "CANCELLED" as const, message: "cancelled on the portal" };
    sendUpdate(agent, "update.status", { updateId: started.id, version: build.version, state: "cancelled", error });
    await agent.next("update.ack");
    agent.close();
  });

  it("never serves one agent's update to another, and acknowledges a final status it does not know", async () => {
    const owner = await onlineAgent();
    const stranger = await onlineAgent();
    const started = await startAgentUpdate({ actor: STAFF_ACTOR, agentId: owner.agentId, buildId: build.id });
    sendUpdate(stranger.agent, "update.pull", { updateId: started.id, fromSeq: 0, count: 3 });
    expect((await stranger.agent.next("update.cancel")).payload).toEqual({ updateId: started.id });
    sendUpdate(stranger.agent, "update.status", { updateId: started.id, version: build.version, state: "installed" });
    await stranger.agent.next("update.ack");
    expect(stranger.agent.received.filter((m) => m.type === "update.page")).toEqual([]);
    expect((await updateRow(started.id)).state).toBe("PENDING");

    const unknown = randomUUID();
    sendUpdate(owner.agent, "update.status", { updateId: unknown, version: "9.9.9", state: "rolled_back" });
    expect((await owner.agent.next("update.ack")).payload).toEqual({ updateId: unknown });
    owner.agent.close();
    stranger.agent.close();
  });

  it("refuses a second update while one is unfinished, and anyone but staff", async () => {
    const { agentId, companyId, agent } = await onlineAgent();
    await startAgentUpdate({ actor: STAFF_ACTOR, agentId, buildId: build.id });
    await expect(startAgentUpdate({ actor: STAFF_ACTOR, agentId, buildId: build.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const client = await makeUser({ role: "CLIENT", companyId });
    await expect(startAgentUpdate({ actor: client.actor, agentId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    agent.close();
  });
});
