import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff.ts";

const policy = { baseMs: 1_000, capMs: 60_000, resetAfterMs: 60_000 };

describe("backoffDelay", () => {
  it("doubles the ceiling per attempt up to the cap", () => {
    const highest = (attempt: number) => backoffDelay({ attempt, policy, random: () => 0.999_999 });
    expect(highest(0)).toBe(999);
    expect(highest(1)).toBe(1_999);
    expect(highest(5)).toBe(31_999);
    expect(highest(6)).toBe(59_999);
    expect(highest(1_000)).toBe(59_999);
  });

  it("can wait no time at all (full jitter starts at zero)", () => {
    expect(backoffDelay({ attempt: 10, policy, random: () => 0 })).toBe(0);
  });

  it("spreads delays across the whole range with real randomness", () => {
    const delays = Array.from({ length: 2_000 }, () => backoffDelay({ attempt: 3, policy }));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(8_000);
    expect(delays.filter((delay) => delay < 4_000).length).toBeGreaterThan(800);
    expect(delays.filter((delay) => delay >= 4_000).length).toBeGreaterThan(800);
  });
});
