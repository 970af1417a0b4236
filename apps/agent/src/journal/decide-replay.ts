import type { TJournalEntry } from "./journal-entry.ts";

/**
 * Whether a delivered command answers from the journal or runs. A journaled key replays its
 * outcome, except a stream the portal asks to resume before its journaled end: those pages
 * never reached the portal's store, and a stream is a read, so running it again is safe.
 */
export function decideReplay(options: {
  entry: TJournalEntry | undefined;
  streamed: boolean;
  resumeFromPage: number;
}): "replay" | "run" {
  if (!options.entry) return "run";
  if (options.streamed && options.resumeFromPage < options.entry.pages) return "run";
  return "replay";
}
