import { createHash, generateKeyPairSync, randomBytes, randomUUID, sign } from "node:crypto";
import { appendFile, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { AGENT_UPDATE_MESSAGES, buildSigningPayload, type TBuildManifest } from "@erp-bridge/shared";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../log.ts";
import type { TOutgoing } from "../tunnel/send.ts";
import type { TOutboundType } from "../tunnel/catalogs.ts";
import { UpdateReceiver } from "./update-receiver.ts";
import { readUpdateState, writeUpdateState } from "./update-state.ts";

const keys = generateKeyPairSync("ed25519");
const updateKey = keys.publicKey.export({ format: "der", type: "spki" }).toString("base64");
const PAGE = 1024;
const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

async function setup(options: { bytes: Buffer; signWith?: typeof keys.privateKey }) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "update-receiver-"));
  dirs.push(dir);
  const manifest: TBuildManifest = {
    version: "0.2.0",
    platform: "linux-x64",
    size: options.bytes.length,
    sha256: createHash("sha256").update(options.bytes).digest("hex"),
  };
  const signature = sign(null, buildSigningPayload(manifest), options.signWith ?? keys.privateKey).toString("base64");
  const sent: TOutgoing<TOutboundType>[] = [];
  let staged = 0;
  const receiverOptions = {
    executable: path.join(dir, "program/erp-bridge-agent"),
    updatesDir: path.join(dir, "updates"),
    installed: true,
    updateKey,
    platform: "linux-x64",
    currentVersion: "0.1.0",
    log: createLogger({ level: "error" }),
    onStaged: () => (staged += 1),
  } as const;
  const receiver = new UpdateReceiver(receiverOptions);
  receiver.attach({ send: (message) => (sent.push(message), true) });
  const offer = { updateId: randomUUID(), manifest, signature, pageBytes: PAGE };
  const settle = () => receiver.whenIdle();
  return {
    dir,
    receiver,
    receiverOptions,
    sent,
    offer,
    settle,
    staged: () => staged,
    updatesDir: path.join(dir, "updates"),
  };
}

/** Answers every pull as a portal would, from `bytes`. */
async function serve(options: {
  receiver: UpdateReceiver;
  sent: TOutgoing<TOutboundType>[];
  bytes: Buffer;
  updateId: string;
}) {
  for (let handled = 0; handled < 100; handled++) {
    await options.receiver.whenIdle();
    const pulls = options.sent.filter((message) => message.type === "update.pull");
    if (!pulls[handled]) return;
    const pull = AGENT_UPDATE_MESSAGES["update.pull"].parse(pulls[handled]?.payload);
    for (let seq = pull.fromSeq; seq < pull.fromSeq + pull.count; seq++) {
      const data = options.bytes.subarray(seq * PAGE, (seq + 1) * PAGE).toString("base64");
      options.receiver.page({ updateId: options.updateId, seq, data });
    }
  }
}

describe("UpdateReceiver", () => {
  it("pulls a signed build a window at a time, checks it and stages it for the supervisor", async () => {
    const bytes = randomBytes(PAGE * 20 + 17);
    const { receiver, sent, offer, staged, updatesDir, settle } = await setup({ bytes });
    receiver.offer(offer);
    await settle();
    const first = sent.find((message) => message.type === "update.pull");
    expect(first?.payload).toEqual({ updateId: offer.updateId, fromSeq: 0, count: 8 });
    await serve({ receiver, sent, bytes, updateId: offer.updateId });
    expect(staged()).toBe(1);
    const state = await readUpdateState({ updatesDir });
    expect(state).toMatchObject({
      phase: "staged",
      updateId: offer.updateId,
      fromVersion: "0.1.0",
      toVersion: "0.2.0",
    });
    if (state?.phase !== "staged") throw new Error("staged");
    expect(await readFile(state.file)).toEqual(bytes);
    expect(sent.at(-1)).toMatchObject({ type: "update.status", payload: { state: "installing", version: "0.2.0" } });
  });

  it("refuses an altered build after the download and keeps nothing of it", async () => {
    const bytes = randomBytes(PAGE * 3);
    const { receiver, sent, offer, staged, updatesDir, dir } = await setup({ bytes });
    const altered = Buffer.from(bytes);
    altered[PAGE + 5] = (altered[PAGE + 5] ?? 0) ^ 1;
    receiver.offer(offer);
    await serve({ receiver, sent, bytes: altered, updateId: offer.updateId });
    expect(staged()).toBe(0);
    expect(sent.at(-1)).toMatchObject({
      type: "update.status",
      payload: { state: "refused", error: { code: "DIGEST_MISMATCH" } },
    });
    expect(await readUpdateState({ updatesDir })).toBeNull();
    expect(await stat(path.join(dir, "program/staged", `${offer.updateId}.part`)).catch(() => null)).toBeNull();
  });

  it("refuses a build signed with another key before asking for a byte", async () => {
    const bytes = randomBytes(PAGE);
    const { receiver, sent, offer, settle } = await setup({
      bytes,
      signWith: generateKeyPairSync("ed25519").privateKey,
    });
    receiver.offer(offer);
    await settle();
    expect(sent.map((message) => message.type)).toEqual(["update.status"]);
    expect(sent[0]).toMatchObject({ payload: { state: "refused", error: { code: "BAD_SIGNATURE" } } });
  });

  it("goes on from the pages it has when the offer comes again after a reconnect", async () => {
    const bytes = randomBytes(PAGE * 12);
    const { receiver, offer, staged, settle } = await setup({ bytes });
    receiver.offer(offer);
    await settle();
    for (let seq = 0; seq < 5; seq++) {
      receiver.page({
        updateId: offer.updateId,
        seq,
        data: bytes.subarray(seq * PAGE, (seq + 1) * PAGE).toString("base64"),
      });
    }
    receiver.detach();
    await settle();
    const resumed: TOutgoing<TOutboundType>[] = [];
    receiver.attach({ send: (message) => (resumed.push(message), true) });
    receiver.offer(offer);
    await settle();
    expect(resumed.find((message) => message.type === "update.pull")?.payload).toMatchObject({ fromSeq: 5 });
    await serve({ receiver, sent: resumed, bytes, updateId: offer.updateId });
    expect(staged()).toBe(1);
  });

  it("goes on from the part file after the agent restarted mid-download, dropping a torn last page", async () => {
    const bytes = randomBytes(PAGE * 6);
    const { receiver, receiverOptions, offer, settle, dir } = await setup({ bytes });
    receiver.offer(offer);
    await settle();
    for (let seq = 0; seq < 3; seq++) {
      receiver.page({
        updateId: offer.updateId,
        seq,
        data: bytes.subarray(seq * PAGE, (seq + 1) * PAGE).toString("base64"),
      });
    }
    await settle();
    // A crash while writing page 3: half of it reached the disk.
    await appendFile(
      path.join(dir, "program/staged", `${offer.updateId}.part`),
      bytes.subarray(3 * PAGE, 3 * PAGE + 100),
    );
    let staged = 0;
    const again = new UpdateReceiver({ ...receiverOptions, onStaged: () => (staged += 1) });
    const sent: TOutgoing<TOutboundType>[] = [];
    again.attach({ send: (message) => (sent.push(message), true) });
    again.offer(offer);
    await again.whenIdle();
    expect(sent.find((message) => message.type === "update.status")?.payload).toMatchObject({
      state: "downloading",
      receivedBytes: 3 * PAGE,
    });
    expect(sent.find((message) => message.type === "update.pull")?.payload).toMatchObject({ fromSeq: 3, count: 3 });
    await serve({ receiver: again, sent, bytes, updateId: offer.updateId });
    expect(staged).toBe(1);
  });

  it("reports the supervisor's outcome on each connection until the portal acknowledges it", async () => {
    const { receiver, sent, updatesDir, settle } = await setup({ bytes: randomBytes(10) });
    const updateId = randomUUID();
    const error = { code: "EXITED_BEFORE_CONNECTING", message: "exited with code 1 before connecting" } as const;
    await writeUpdateState({
      updatesDir,
      state: { phase: "outcome", updateId, version: "0.2.0", state: "rolled_back", error },
    });
    receiver.heartbeat();
    await settle();
    expect(sent.at(-1)).toEqual({
      type: "update.status",
      payload: { updateId, version: "0.2.0", state: "rolled_back", error },
    });
    receiver.ack({ updateId });
    await settle();
    expect(await readUpdateState({ updatesDir })).toBeNull();
  });
});
