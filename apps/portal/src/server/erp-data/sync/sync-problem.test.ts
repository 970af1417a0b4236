import { describe, expect, it } from "vitest";
import en from "../../../../messages/en.json" with { type: "json" };
import pl from "../../../../messages/pl.json" with { type: "json" };
import { readProblem, storedSyncProblem, SYNC_PROBLEM_CODES, syncProblemText } from "./sync-problem.ts";

const failed = { status: "FAILED", errorCode: null, errorMessage: null, errorProblem: null };

describe("sync problems as codes", () => {
  it.each(SYNC_PROBLEM_CODES)("%s has words in Polish and English", (code) => {
    expect(pl.syncErrors).toHaveProperty(code);
    expect(en.syncErrors).toHaveProperty(code);
  });

  it("has words for rows stored before codes, and none for a code that no longer exists", () => {
    for (const messages of [pl.syncErrors, en.syncErrors]) {
      expect(Object.keys(messages).sort()).toEqual([...SYNC_PROBLEM_CODES, "other"].sort());
    }
  });

  it("reads why an erp.read ended from its status and the agent's codes, keeping the ERP's words", () => {
    expect(readProblem({ ...failed, status: "TIMED_OUT", errorMessage: "no result before the deadline" })).toEqual({
      code: "timedOut",
      params: {},
    });
    expect(readProblem({ ...failed, status: "CANCELLED" })).toEqual({ code: "cancelled", params: {} });
    const noErp = { code: "noErp", params: {} };
    expect(readProblem({ ...failed, errorCode: "ERP_UNAVAILABLE", errorProblem: noErp })).toEqual(noErp);
    const down = readProblem({ ...failed, errorCode: "ERP_UNAVAILABLE", errorMessage: "Login failed for user 'erp'." });
    expect(down).toEqual({ code: "erpUnavailable", params: { detail: "Login failed for user 'erp'." } });
    expect(syncProblemText(down)).toBe(
      "The agent could not connect to the ERP database: the SQL server is unreachable or refused the login. Detail: Login failed for user 'erp'.",
    );
    expect(readProblem({ ...failed, errorCode: "COMMAND_FAILED", errorMessage: "relation missing" })).toEqual({
      code: "readFailed",
      params: { detail: "relation missing" },
    });
  });

  it("shows a row stored before codes by its words only", () => {
    expect(storedSyncProblem({ code: null, params: null, text: "Login failed" })).toEqual({
      problem: null,
      text: "Login failed",
    });
    expect(storedSyncProblem({ code: "noAgent", params: {}, text: "x" })?.problem).toEqual({
      code: "noAgent",
      params: {},
    });
    expect(storedSyncProblem({ code: null, params: null, text: null })).toBeNull();
  });
});
