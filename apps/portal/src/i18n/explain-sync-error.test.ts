import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { explainSyncError, SYNC_ERROR_KEYS } from "./explain-sync-error.ts";

const messages = (locale: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../../messages/${locale}.json`), "utf8")) as {
    syncErrors: Record<string, string>;
  };

describe("sync errors in the reader's language", () => {
  it("knows the engine's own sentences and quotes anything else", () => {
    expect(explainSyncError("The agent is offline")).toEqual({ key: "agentOffline", values: {} });
    expect(explainSyncError("The ERP read ended timed_out")).toEqual({ key: "timedOut", values: {} });
    expect(explainSyncError("Login failed for user 'erp'.")).toEqual({
      key: "other",
      values: { detail: "Login failed for user 'erp'." },
    });
  });

  it("has a text for every key in Polish and English", () => {
    for (const locale of ["pl", "en"]) {
      expect(Object.keys(messages(locale).syncErrors).sort()).toEqual([...SYNC_ERROR_KEYS].sort());
    }
  });
});
