import { mkdir, open, readFile, rename, stat } from "node:fs/promises";
import path from "node:path";
import type { TLogger } from "../log.ts";
import { JOURNAL_FILE, type TJournalEntry } from "./journal-entry.ts";
import { parseJournal } from "./parse-journal.ts";
import { retainEntries } from "./retain-entries.ts";

export type TJournalLimits = { compactAboveBytes: number; maxAgeMs: number; maxEntries: number };

export const DEFAULT_JOURNAL_LIMITS: TJournalLimits = {
  compactAboveBytes: 16 * 1024 * 1024,
  maxAgeMs: 30 * 24 * 60 * 60 * 1000,
  maxEntries: 50_000,
};

/**
 * The durable record of finished commands (key -> outcome), so a redelivered command is
 * answered instead of run twice. Append-only JSON lines; every append is fsync'd before
 * the caller sends the result, so a crash can lose a result but never forget a done key.
 */
export class Journal {
  private readonly entries = new Map<string, TJournalEntry>();
  private readonly file: string;
  private sizeBytes = 0;
  private compactAbove: number;
  private readonly waiting: { entry: TJournalEntry; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private flushing: Promise<void> | null = null;

  private constructor(private readonly options: { dir: string; log: TLogger; limits: TJournalLimits }) {
    this.file = path.join(options.dir, JOURNAL_FILE);
    this.compactAbove = options.limits.compactAboveBytes;
  }

  static async open(options: { dir: string; log: TLogger; limits?: TJournalLimits }): Promise<Journal> {
    const journal = new Journal({ ...options, limits: options.limits ?? DEFAULT_JOURNAL_LIMITS });
    await journal.load();
    return journal;
  }

  get(key: string): TJournalEntry | undefined {
    return this.entries.get(key);
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.sizeBytes };
  }

  /**
   * Appends an entry and resolves once it is on disk. Commands finish side by side, so appends
   * are written by one flusher at a time (a compaction's rename never races an append), and the
   * entries that arrived while a write was being fsync'd share the next write and fsync.
   */
  record(entry: TJournalEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0);
      try {
        await this.append(batch.map((waiting) => waiting.entry));
        for (const waiting of batch) waiting.resolve();
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    // No await between the loop's last check and this: an entry recorded later starts a new flush.
    this.flushing = null;
  }

  private async append(entries: TJournalEntry[]): Promise<void> {
    const text = entries.map((entry) => `${JSON.stringify(entry)}\n`).join("");
    const handle = await open(this.file, "a", 0o600);
    try {
      await handle.write(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (const entry of entries) {
      this.entries.delete(entry.key);
      this.entries.set(entry.key, entry);
    }
    this.sizeBytes += Buffer.byteLength(text);
    if (this.sizeBytes > this.compactAbove) await this.compact();
  }

  private async load(): Promise<void> {
    await mkdir(this.options.dir, { recursive: true, mode: 0o700 });
    const text = await readFile(this.file, "utf8").catch((error: unknown) => {
      if (error instanceof Error && "code" in error && error.code === "ENOENT") return "";
      throw error;
    });
    const parsed = parseJournal(text);
    for (const entry of parsed.entries) {
      this.entries.delete(entry.key);
      this.entries.set(entry.key, entry);
    }
    this.sizeBytes = Buffer.byteLength(text);
    if (parsed.skipped > 0)
      this.options.log.warn("journal lines skipped", { file: this.file, skipped: parsed.skipped });
    // Appending after a torn line would glue the next entry onto it; rewrite first.
    if (!parsed.clean || this.sizeBytes > this.compactAbove) await this.compact();
    this.options.log.info("journal loaded", { file: this.file, entries: this.entries.size, bytes: this.sizeBytes });
  }

  /** Rewrites the file with what retainEntries keeps: temp file, fsync, rename, fsync the directory. */
  private async compact(): Promise<void> {
    const kept = retainEntries({ ...this.options.limits, entries: [...this.entries.values()], now: new Date() });
    const text = kept.map((entry) => `${JSON.stringify(entry)}\n`).join("");
    const temp = `${this.file}.tmp`;
    const handle = await open(temp, "w", 0o600);
    try {
      await handle.write(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, this.file);
    const dir = await open(this.options.dir, "r");
    await dir.sync().finally(() => dir.close());
    this.entries.clear();
    for (const entry of kept) this.entries.set(entry.key, entry);
    const before = this.sizeBytes;
    this.sizeBytes = Buffer.byteLength(text);
    // Entries kept for their age can outweigh the threshold; wait for real growth before the next pass.
    this.compactAbove = Math.max(this.options.limits.compactAboveBytes, this.sizeBytes * 2);
    this.options.log.info("journal compacted", {
      entries: kept.length,
      bytesBefore: before,
      bytesAfter: this.sizeBytes,
    });
  }
}

/** The journal file's size for `agent status`, without loading it. */
export async function journalFileBytes(options: { dir: string }): Promise<number | null> {
  return stat(path.join(options.dir, JOURNAL_FILE)).then(
    (stats) => stats.size,
    () => null,
  );
}
