import { ZCommandOutcome } from "@erp-bridge/shared";
import { z } from "zod";

/** One finished command, keyed by the portal's idempotency key. */
export const ZJournalEntry = z.object({
  key: z.string().min(1),
  commandId: z.string(),
  outcome: ZCommandOutcome,
  pages: z.number().int().min(0),
  finishedAt: z.iso.datetime(),
});
export type TJournalEntry = z.infer<typeof ZJournalEntry>;

export const JOURNAL_FILE = "journal.jsonl";
