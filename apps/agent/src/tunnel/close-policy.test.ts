import { describe, expect, it } from "vitest";
import { decideClose } from "./close-policy.ts";

const close = (code: number, upgradeStatus: number | null = null) =>
  decideClose({ code, stopping: false, upgradeStatus });

describe("decideClose", () => {
  it("stops for good on a rejected or revoked credential", () => {
    expect(close(1006, 401)).toMatchObject({ kind: "exit", code: 2, msg: "credential rejected: re-enroll" });
    expect(close(4003)).toMatchObject({ kind: "exit", code: 2 });
  });

  it("exits 3 on a protocol mismatch and 0 when another instance took over", () => {
    expect(close(4001)).toMatchObject({ kind: "exit", code: 3 });
    expect(close(4008)).toMatchObject({ kind: "exit", code: 0 });
  });

  it("retries everything else, including refused upgrades other than 401", () => {
    for (const code of [1000, 1001, 1006, 1009, 1011, 4002, 4009]) expect(close(code)).toEqual({ kind: "retry" });
    expect(close(1006, 502)).toEqual({ kind: "retry" });
  });

  it("exits 0 when the agent itself is stopping", () => {
    expect(decideClose({ code: 4003, stopping: true, upgradeStatus: null })).toMatchObject({ kind: "exit", code: 0 });
  });
});
