import { describe, expect, it } from "vitest";
import { erpDayOf, erpWallClock } from "./erp-clock.ts";

const at = (iso: string) => new Date(iso);

describe("the ERP's wall clock (Europe/Warsaw)", () => {
  it("is UTC+1 in winter and UTC+2 in summer", () => {
    expect(erpWallClock(at("2026-12-06T10:15:30.250Z")).toISOString()).toBe("2026-12-06T11:15:30.250Z");
    expect(erpWallClock(at("2026-07-01T10:15:30Z")).toISOString()).toBe("2026-07-01T12:15:30.000Z");
  });

  it("follows the spring change: 02:00 CET jumps to 03:00 CEST on 29 March 2026", () => {
    expect(erpWallClock(at("2026-03-29T00:59:59Z")).toISOString()).toBe("2026-03-29T01:59:59.000Z");
    expect(erpWallClock(at("2026-03-29T01:00:00Z")).toISOString()).toBe("2026-03-29T03:00:00.000Z");
  });

  it("follows the autumn change: 03:00 CEST falls back to 02:00 CET on 25 October 2026", () => {
    expect(erpWallClock(at("2026-10-25T00:30:00Z")).toISOString()).toBe("2026-10-25T02:30:00.000Z");
    expect(erpWallClock(at("2026-10-25T01:30:00Z")).toISOString()).toBe("2026-10-25T02:30:00.000Z");
  });

  it("dates a document by the Polish calendar day, not the UTC one", () => {
    // 23:30 UTC on 5 December is 00:30 on 6 December in Warsaw.
    expect(erpDayOf(at("2026-12-05T23:30:00Z")).toISOString()).toBe("2026-12-06T00:00:00.000Z");
    // 22:30 UTC on 31 March (summer time) is already 1 April in Warsaw.
    expect(erpDayOf(at("2026-03-31T22:30:00Z")).toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(erpDayOf(at("2026-12-06T22:59:59Z")).toISOString()).toBe("2026-12-06T00:00:00.000Z");
  });
});
