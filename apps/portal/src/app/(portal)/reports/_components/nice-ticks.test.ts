import { describe, expect, it } from "vitest";
import { niceTicks } from "./nice-ticks.ts";

describe("chart axis ticks", () => {
  it("step by 1, 2 or 5 times a power of ten, from zero past the largest value", () => {
    expect(niceTicks([5_800_000, 1_200_000])).toEqual([0, 2_000_000, 4_000_000, 6_000_000]);
    expect(niceTicks([3_100_000])).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]);
    expect(niceTicks([97])).toEqual([0, 50, 100]);
    expect(niceTicks([40_000, 0])).toEqual([0, 10_000, 20_000, 30_000, 40_000]);
  });

  it("reach below zero for a loss, and give one tick for nothing", () => {
    expect(niceTicks([-1_500, 4_000])).toEqual([-2_000, 0, 2_000, 4_000]);
    expect(niceTicks([0, 0])).toEqual([0]);
  });
});
