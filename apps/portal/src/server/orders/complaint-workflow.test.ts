import { describe, expect, it } from "vitest";
import { complaintNext } from "./complaint-workflow.ts";

describe("complaint workflow", () => {
  it("goes open, in review, accepted or rejected, resolved", () => {
    expect(complaintNext("open")).toEqual(["in_review"]);
    expect(complaintNext("in_review")).toEqual(["accepted", "rejected"]);
    expect(complaintNext("accepted")).toEqual(["resolved"]);
    expect(complaintNext("rejected")).toEqual(["resolved"]);
  });

  it("ends at resolved, and moves nothing it does not know", () => {
    expect(complaintNext("resolved")).toEqual([]);
    expect(complaintNext("requested")).toEqual([]);
  });
});
