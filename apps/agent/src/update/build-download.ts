import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm, stat, truncate, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { TBuildManifest } from "@erp-bridge/shared";

/**
 * One build arriving page by page into `<dir>/<updateId>.part`, hashed as it is written. A part
 * left by an earlier connection (or process) is kept up to its last whole page and the download
 * goes on from there.
 */
export class BuildDownload {
  private constructor(
    private readonly manifest: TBuildManifest,
    private readonly pageBytes: number,
    private readonly partFile: string,
    private readonly handle: FileHandle,
    private readonly hash: Hash,
    private received: number,
  ) {}

  static async open(options: {
    dir: string;
    updateId: string;
    manifest: TBuildManifest;
    pageBytes: number;
  }): Promise<BuildDownload> {
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
    const partFile = path.join(options.dir, `${options.updateId}.part`);
    const existing = (await stat(partFile).catch(() => null))?.size ?? 0;
    const kept = Math.min(existing - (existing % options.pageBytes), options.manifest.size);
    const hash = createHash("sha256");
    if (kept > 0) {
      await truncate(partFile, kept);
      for await (const chunk of createReadStream(partFile)) hash.update(chunk as Buffer);
    }
    const handle = await open(partFile, kept > 0 ? "a" : "w", 0o700);
    return new BuildDownload(options.manifest, options.pageBytes, partFile, handle, hash, kept);
  }

  get pages(): number {
    return Math.ceil(this.manifest.size / this.pageBytes);
  }

  /** The next page it needs. */
  get nextSeq(): number {
    return this.received / this.pageBytes;
  }

  get receivedBytes(): number {
    return this.received;
  }

  get complete(): boolean {
    return this.received === this.manifest.size;
  }

  /** Appends the page it needs next; any other (a repeat after a reconnect) is ignored. */
  async accept(options: { seq: number; data: Buffer }): Promise<{ accepted: boolean; problem?: string }> {
    if (options.seq !== this.nextSeq || this.complete) return { accepted: false };
    const expected = Math.min(this.pageBytes, this.manifest.size - this.received);
    if (options.data.length !== expected) {
      return { accepted: false, problem: `page ${options.seq} has ${options.data.length} bytes, expected ${expected}` };
    }
    await this.handle.write(options.data);
    this.hash.update(options.data);
    this.received += options.data.length;
    return { accepted: true };
  }

  /** Flushed to disk and renamed to `<dir>/<updateId>` when its SHA-256 is the signed one; else deleted. */
  async finish(): Promise<{ ok: true; file: string } | { ok: false; sha256: string }> {
    await this.handle.sync();
    await this.handle.close();
    const sha256 = this.hash.digest("hex");
    if (sha256 !== this.manifest.sha256) {
      await rm(this.partFile, { force: true });
      return { ok: false, sha256 };
    }
    const file = this.partFile.replace(/\.part$/, "");
    await rename(this.partFile, file);
    return { ok: true, file };
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.partFile, { force: true });
  }
}
