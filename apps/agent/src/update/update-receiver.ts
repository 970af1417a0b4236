import path from "node:path";
import {
  UPDATE_PULL_WINDOW,
  type TAgentPlatform,
  type TUpdateError,
  type TUpdateState,
  type PORTAL_UPDATE_MESSAGES,
} from "@erp-bridge/shared";
import type { z } from "zod";
import { errorMessage, type TLogger } from "../log.ts";
import type { TSend } from "../tunnel/send.ts";
import { BuildDownload } from "./build-download.ts";
import { checkOffer } from "./check-offer.ts";
import { clearUpdateState, readUpdateState, writeUpdateState } from "./update-state.ts";

type TMessage<T extends keyof typeof PORTAL_UPDATE_MESSAGES> = z.infer<(typeof PORTAL_UPDATE_MESSAGES)[T]>;
type TOffer = TMessage<"update.offer">;

/**
 * The agent's half of an update through the tunnel: checks an offer, pulls its pages (at most
 * UPDATE_PULL_WINDOW asked ahead) into a file beside the executable, checks the digest, stages
 * it for the supervisor and calls `onStaged` (the agent then exits for the swap). After a
 * restart it reports the outcome the supervisor left, until the portal acknowledges it.
 */
export class UpdateReceiver {
  private send: TSend | null = null;
  private download: { offer: TOffer; file: BuildDownload; asked: number } | null = null;
  /** Pages are written one at a time, in arrival order. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: {
      executable: string;
      updatesDir: string;
      /** Runs as the installed executable under the supervisor, which alone can swap it. */
      installed: boolean;
      updateKey: string | null;
      platform: TAgentPlatform | null;
      currentVersion: string;
      log: TLogger;
      onStaged: () => void;
    },
  ) {}

  attach(options: { send: TSend }): void {
    this.send = options.send;
    this.enqueue(() => this.reportOutcome());
  }

  detach(): void {
    this.send = null;
  }

  /** Called with each heartbeat: an outcome the supervisor wrote after this connection's welcome goes out too. */
  heartbeat(): void {
    this.enqueue(() => this.reportOutcome());
  }

  /** Resolves once the work queued so far (file writes, state changes) is done. */
  whenIdle(): Promise<void> {
    return this.chain;
  }

  offer(offer: TOffer): void {
    this.enqueue(async () => {
      if (this.download?.offer.updateId === offer.updateId) {
        // Offered again (a new connection): pulls asked on the old one were lost with it.
        this.download.asked = this.download.file.nextSeq;
        return this.pull();
      }
      const state = await readUpdateState({ updatesDir: this.options.updatesDir });
      const busy = this.download !== null || (state !== null && state.phase !== "outcome");
      const refusal = checkOffer({ ...this.options, ...offer, busy });
      if (refusal) return this.status({ offer, state: "refused", error: refusal });
      const dir = path.join(path.dirname(this.options.executable), "staged");
      const file = await BuildDownload.open({ dir, ...offer });
      this.download = { offer, file, asked: file.nextSeq };
      this.options.log.info("update downloading", { updateId: offer.updateId, version: offer.manifest.version });
      this.status({ offer, state: "downloading", receivedBytes: file.receivedBytes });
      if (file.complete) return this.finish();
      this.pull();
    });
  }

  page(page: TMessage<"update.page">): void {
    this.enqueue(async () => {
      const download = this.download;
      if (!download || download.offer.updateId !== page.updateId) return;
      const { accepted, problem } = await download.file.accept({
        seq: page.seq,
        data: Buffer.from(page.data, "base64"),
      });
      if (problem) return this.abandon({ code: "DIGEST_MISMATCH", message: problem });
      if (!accepted) return;
      if (download.file.complete) return this.finish();
      this.pull();
    });
  }

  cancel(cancel: TMessage<"update.cancel">): void {
    this.enqueue(async () => {
      if (this.download?.offer.updateId !== cancel.updateId) return;
      await this.abandon({ code: "CANCELLED", message: "cancelled on the portal" }, "cancelled");
    });
  }

  ack(ack: TMessage<"update.ack">): void {
    this.enqueue(async () => {
      const state = await readUpdateState({ updatesDir: this.options.updatesDir });
      if (state?.phase === "outcome" && state.updateId === ack.updateId) {
        await clearUpdateState({ updatesDir: this.options.updatesDir });
      }
    });
  }

  /** Asks for pages up to the window beyond those received. */
  private pull(): void {
    const download = this.download;
    if (!download || !this.send) return;
    download.asked = Math.max(download.asked, download.file.nextSeq);
    const end = Math.min(download.file.pages, download.file.nextSeq + UPDATE_PULL_WINDOW);
    if (download.asked >= end) return;
    const payload = { updateId: download.offer.updateId, fromSeq: download.asked, count: end - download.asked };
    if (this.send({ type: "update.pull", payload })) download.asked = end;
  }

  private async finish(): Promise<void> {
    const download = this.download;
    if (!download) return;
    this.download = null;
    const { offer } = download;
    const finished = await download.file.finish();
    if (!finished.ok) {
      const message = `the build received has SHA-256 ${finished.sha256}, the signed one is ${offer.manifest.sha256}: altered or corrupted on the way`;
      return this.status({ offer, state: "refused", error: { code: "DIGEST_MISMATCH", message } });
    }
    await writeUpdateState({
      updatesDir: this.options.updatesDir,
      state: {
        phase: "staged",
        updateId: offer.updateId,
        fromVersion: this.options.currentVersion,
        toVersion: offer.manifest.version,
        file: finished.file,
      },
    });
    this.status({ offer, state: "installing" });
    this.options.log.info("update staged", { updateId: offer.updateId, version: offer.manifest.version });
    this.options.onStaged();
  }

  private async abandon(error: TUpdateError, state: TUpdateState = "refused"): Promise<void> {
    const download = this.download;
    if (!download) return;
    this.download = null;
    await download.file.discard();
    this.status({ offer: download.offer, state, error });
  }

  private status(options: { offer: TOffer; state: TUpdateState; error?: TUpdateError; receivedBytes?: number }) {
    const { offer, state, error, receivedBytes } = options;
    if (error)
      this.options.log.warn(`update ${state}`, { updateId: offer.updateId, code: error.code, message: error.message });
    this.send?.({
      type: "update.status",
      payload: { updateId: offer.updateId, version: offer.manifest.version, state, error, receivedBytes },
    });
  }

  private async reportOutcome(): Promise<void> {
    const state = await readUpdateState({ updatesDir: this.options.updatesDir });
    if (state?.phase !== "outcome") return;
    const { updateId, version, error } = state;
    this.send?.({ type: "update.status", payload: { updateId, version, state: state.state, error } });
  }

  private enqueue(work: () => Promise<void>): void {
    this.chain = this.chain.then(work).catch((error: unknown) => {
      this.options.log.error("update failed", { error: errorMessage(error) });
      const download = this.download;
      // A failed discard (the part file locked) must not become an unhandled rejection that stops the agent.
      if (download)
        this.abandon({ code: "INSTALL_FAILED", message: errorMessage(error) }).catch((discard: unknown) =>
          this.options.log.error("update discard failed", { error: errorMessage(discard) }),
        );
    });
  }
}
