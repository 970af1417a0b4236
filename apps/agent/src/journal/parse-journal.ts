import { ZJournalEntry, type TJournalEntry } from "./journal-entry.ts";

/**
 * Reads the JSON-lines text. A crash mid-append leaves a torn last line, so unreadable lines
 * are skipped and counted instead of failing the start; `clean` false means the file should
 * be rewritten before appending again.
 */
export function parseJournal(text: string): { entries: TJournalEntry[]; skipped: number; clean: boolean } {
  const entries: TJournalEntry[] = [];
  let skipped = 0;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const entry = parseLine(line);
    if (entry) entries.push(entry);
    else skipped++;
  }
  return { entries, skipped, clean: skipped === 0 && (text === "" || text.endsWith("\n")) };
}

function parseLine(line: string): TJournalEntry | null {
  try {
    const parsed = ZJournalEntry.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
