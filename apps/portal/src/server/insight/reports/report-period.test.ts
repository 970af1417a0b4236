import { describe, expect, it } from "vitest";
import {
  bucketsOf,
  lastYearRange,
  parseDay,
  previousRange,
  splitByMonth,
  splitByQuarter,
  splitByYear,
  type TRange,
} from "./report-period.ts";

const range = (from: string, to: string): TRange => ({ from: parseDay(from), to: parseDay(to) });
const days = (r: TRange) => [r.from.toISOString().slice(0, 10), r.to.toISOString().slice(0, 10)];

describe("report periods", () => {
  it("reads whole months from the month rollups and the ends from the day rollups", () => {
    const split = splitByMonth(range("2026-01-15", "2026-04-10"));
    expect(split.months && days(split.months)).toEqual(["2026-02-01", "2026-04-01"]);
    expect(split.days.map(days)).toEqual([
      ["2026-01-15", "2026-02-01"],
      ["2026-04-01", "2026-04-10"],
    ]);
    expect(splitByMonth(range("2026-03-01", "2026-04-01")).days).toEqual([]);
    expect(splitByMonth(range("2026-03-05", "2026-03-20"))).toEqual({
      months: null,
      days: [range("2026-03-05", "2026-03-20")],
    });
  });

  it("reads whole quarters, then whole months, then days", () => {
    const split = splitByQuarter(range("2024-03-01", "2026-03-16"));
    expect(split.quarters && days(split.quarters)).toEqual(["2024-04-01", "2026-01-01"]);
    expect(split.months.map(days)).toEqual([
      ["2024-03-01", "2024-04-01"],
      ["2026-01-01", "2026-03-01"],
    ]);
    expect(split.days.map(days)).toEqual([["2026-03-01", "2026-03-16"]]);
    expect(splitByQuarter(range("2026-02-10", "2026-03-05")).quarters).toBeNull();
  });

  it("reads a period from the 1st into its twelfth month as the year ending with that month, less or plus the rest", () => {
    const split = (from: string, to: string) => {
      const year = splitByYear(range(from, to));
      return (
        year && {
          ending: days({ from: year.yearEnding, to: year.yearEnding })[0],
          add: year.add && days(year.add),
          subtract: year.subtract && days(year.subtract),
        }
      );
    };
    // The default period on 15 March: April to February whole, 1–15 March; the year less 16–31 March.
    expect(split("2025-04-01", "2026-03-16")).toEqual({
      ending: "2026-03-01",
      add: null,
      subtract: ["2026-03-16", "2026-04-01"],
    });
    expect(split("2025-04-01", "2026-04-01")).toEqual({ ending: "2026-03-01", add: null, subtract: null });
    expect(split("2024-04-01", "2026-03-16")).toEqual({
      ending: "2025-03-01",
      add: ["2025-04-01", "2026-03-16"],
      subtract: null,
    });
    expect(split("2025-04-01", "2026-03-02")).toEqual({
      ending: "2026-03-01",
      add: null,
      subtract: ["2026-03-02", "2026-04-01"],
    });
    // Not into its twelfth month, or not from the 1st: no year.
    expect(split("2025-04-01", "2026-03-01")).toBeNull();
    expect(split("2025-04-02", "2026-03-16")).toBeNull();
  });

  it("compares a month with the whole month before, and other periods with the days just before", () => {
    // "Previous month" (November) against all of October, not 2–31 October.
    expect(days(previousRange(range("2025-11-01", "2025-12-01")))).toEqual(["2025-10-01", "2025-11-01"]);
    expect(days(previousRange(range("2026-03-01", "2026-04-01")))).toEqual(["2026-02-01", "2026-03-01"]);
    expect(days(previousRange(range("2026-02-01", "2026-03-01")))).toEqual(["2026-01-01", "2026-02-01"]);
    // The month so far against the same days of the month before; a quarter against the quarter before.
    expect(days(previousRange(range("2025-11-01", "2025-11-17")))).toEqual(["2025-10-01", "2025-10-17"]);
    expect(days(previousRange(range("2026-03-01", "2026-03-31")))).toEqual(["2026-02-01", "2026-03-01"]);
    expect(days(previousRange(range("2026-01-01", "2026-04-01")))).toEqual(["2025-10-01", "2026-01-01"]);
    expect(days(previousRange(range("2026-03-05", "2026-03-15")))).toEqual(["2026-02-23", "2026-03-05"]);
  });

  it("compares with the same days a year earlier", () => {
    expect(days(lastYearRange(range("2026-03-01", "2026-04-01")))).toEqual(["2025-03-01", "2025-04-01"]);
  });

  it("lists every bucket, weeks from Monday", () => {
    expect(bucketsOf(range("2026-03-04", "2026-03-17"), "week")).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
    expect(bucketsOf(range("2025-11-15", "2026-03-01"), "quarter")).toEqual(["2025-10-01", "2026-01-01"]);
  });
});
