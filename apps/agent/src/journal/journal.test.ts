import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createLogger } from "../log.ts";
import { Journal } from "./journal.ts";
import { JOURNAL_FILE, type TJournalEntry } from "./journal-entry.ts";
import { retainEntries } from "./retain-entries.ts";

const log = createLogger({ level: "error", write: () => undefined });
const DAY = 24 * 60 * 60 * 1000;

function entry(overrides: Partial<TJournalEntry> = {}): TJournalEntry {
  return {
    key: `key-${randomUUID()}`,
    commandId: randomUUID(),
    outcome: { ok: true, result: { text: "hi" } },
    pages: 0,
    finishedAt: new Date().toISOString(),
    ...overrides,
  };
}

const tempDir = () => mkdtemp(path.join(os.tmpdir(), "agent-journal-"));

describe("Journal", () => {
  it("finds a recorded key again after a restart", async () => {
    const dir = await tempDir();
    const first = entry({ pages: 4 });
    await (await Journal.open({ dir, log })).record(first);
    const reopened = await Journal.open({ dir, log });
    expect(reopened.get(first.key)).toEqual(first);
    expect(reopened.get("never-seen")).toBeUndefined();
  });

  it("ignores a torn last line and appends cleanly after it", async () => {
    const dir = await tempDir();
    const kept = entry();
    await writeFile(path.join(dir, JOURNAL_FILE), `${JSON.stringify(kept)}\n{"key":"torn","comm`);
    const journal = await Journal.open({ dir, log });
    expect(journal.size.entries).toBe(1);
    const next = entry();
    await journal.record(next);
    const reopened = await Journal.open({ dir, log });
    expect(reopened.get(kept.key)).toEqual(kept);
    expect(reopened.get(next.key)).toEqual(next);
    expect(reopened.get("torn")).toBeUndefined();
  });

  it("keeps every entry of appends made side by side, compacting meanwhile", async () => {
    const dir = await tempDir();
    const limits = { compactAboveBytes: 2_000, maxAgeMs: 30 * DAY, maxEntries: 100 };
    const journal = await Journal.open({ dir, log, limits });
    await Promise.all(Array.from({ length: 40 }, (_, index) => journal.record(entry({ key: `side-${index}` }))));
    const reopened = await Journal.open({ dir, log, limits });
    for (let index = 0; index < 40; index++) expect(reopened.get(`side-${index}`)).toBeDefined();
  });

  it("compacts past its size limit, keeping the latest entry per key and dropping old ones", async () => {
    const dir = await tempDir();
    const limits = { compactAboveBytes: 2_000, maxAgeMs: 30 * DAY, maxEntries: 5 };
    const journal = await Journal.open({ dir, log, limits });
    const old = entry({ finishedAt: new Date(Date.now() - 31 * DAY).toISOString() });
    await journal.record(old);
    for (let index = 0; index < 12; index++) await journal.record(entry({ key: `k${index % 8}` }));
    const text = await readFile(path.join(dir, JOURNAL_FILE), "utf8");
    expect(Buffer.byteLength(text)).toBeLessThan(2_000);
    const reopened = await Journal.open({ dir, log, limits });
    expect(reopened.get(old.key)).toBeUndefined();
    expect(reopened.get("k3")).toBeDefined();
    expect(reopened.size.entries).toBeLessThanOrEqual(8);
  });
});

describe("retainEntries", () => {
  it("keeps the newest N of the last 30 days, one per key, oldest first", () => {
    const now = new Date("2025-06-30T12:00:00.000Z");
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();
    const entries = [
      entry({ key: "a", finishedAt: at(40) }),
      entry({ key: "b", finishedAt: at(10) }),
      entry({ key: "c", finishedAt: at(5) }),
      entry({ key: "b", finishedAt: at(1), pages: 9 }),
      entry({ key: "d", finishedAt: at(0) }),
    ];
    const kept = retainEntries({ entries, now, maxAgeMs: 30 * DAY, maxEntries: 2 });
    expect(kept.map((kept) => kept.key)).toEqual(["b", "d"]);
    expect(kept[0]?.pages).toBe(9);
  });
});
