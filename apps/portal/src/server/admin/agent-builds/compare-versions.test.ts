import { describe, expect, it } from "vitest";
import { compareVersions } from "./compare-versions.ts";

describe("compareVersions", () => {
  it("orders as semver: numbers, then a pre-release before its release", () => {
    const sorted = [
      "0.1.1",
      "0.1.0",
      "0.10.0",
      "0.1.1-rc.2",
      "0.1.1-rc.10",
      "0.1.1-beta",
      "0.1.2-broken",
      "0.2.0",
    ].sort(compareVersions);
    expect(sorted).toEqual([
      "0.1.0",
      "0.1.1-beta",
      "0.1.1-rc.2",
      "0.1.1-rc.10",
      "0.1.1",
      "0.1.2-broken",
      "0.2.0",
      "0.10.0",
    ]);
  });

  it("ignores build metadata and puts what is not a version first", () => {
    expect(compareVersions("1.0.0+abc", "1.0.0")).toBe(0);
    expect(compareVersions("test", "0.0.1")).toBeLessThan(0);
    expect(compareVersions("0.1.1-update-test", "0.1.0")).toBeGreaterThan(0);
  });
});
