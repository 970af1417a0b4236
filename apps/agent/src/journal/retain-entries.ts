import type { TJournalEntry } from "./journal-entry.ts";

/**
 * What compaction keeps: the latest entry per key, finished within `maxAgeMs`, at most
 * `maxEntries` of the newest. Redeliveries come within minutes, so a month is generous.
 */
export function retainEntries(options: {
  entries: readonly TJournalEntry[];
  now: Date;
  maxAgeMs: number;
  maxEntries: number;
}): TJournalEntry[] {
  const latest = new Map<string, TJournalEntry>();
  for (const entry of options.entries) {
    latest.delete(entry.key);
    latest.set(entry.key, entry);
  }
  const oldest = options.now.getTime() - options.maxAgeMs;
  const recent = [...latest.values()].filter((entry) => Date.parse(entry.finishedAt) >= oldest);
  return recent.slice(Math.max(0, recent.length - options.maxEntries));
}
