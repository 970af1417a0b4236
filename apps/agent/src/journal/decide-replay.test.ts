import { describe, expect, it } from "vitest";
import { decideReplay } from "./decide-replay.ts";
import type { TJournalEntry } from "./journal-entry.ts";

const done: TJournalEntry = {
  key: "k",
  commandId: "3b241101-e2bb-4255-8caf-4136c566a962",
  outcome: { ok: true, result: { pages: 10, bytes: 10 } },
  pages: 10,
  finishedAt: "2025-06-30T12:00:00.000Z",
};

describe("decideReplay", () => {
  it("runs a key the journal has never seen", () => {
    expect(decideReplay({ entry: undefined, streamed: false, resumeFromPage: 0 })).toBe("run");
  });

  it("replays a journaled plain command instead of running it twice", () => {
    expect(decideReplay({ entry: { ...done, pages: 0 }, streamed: false, resumeFromPage: 0 })).toBe("replay");
  });

  it("replays a stream whose pages the portal all stored", () => {
    expect(decideReplay({ entry: done, streamed: true, resumeFromPage: 10 })).toBe("replay");
  });

  it("re-runs a stream when the portal lost pages the journal says were sent", () => {
    expect(decideReplay({ entry: done, streamed: true, resumeFromPage: 7 })).toBe("run");
  });
});
