import { describe, expect, it } from "vitest";
import { inUpdateWindow } from "./update-window.ts";

describe("inUpdateWindow", () => {
  it("takes the hour in Warsaw (UTC+1 in winter, +2 in summer), the end hour excluded", () => {
    const winter = (utc: string) => new Date(`2026-01-15T${utc}:00Z`);
    expect(inUpdateWindow({ now: winter("01:30"), fromHour: 2, toHour: 4 })).toBe(true);
    expect(inUpdateWindow({ now: winter("00:59"), fromHour: 2, toHour: 4 })).toBe(false);
    expect(inUpdateWindow({ now: winter("03:00"), fromHour: 2, toHour: 4 })).toBe(false);
    expect(inUpdateWindow({ now: new Date("2026-07-15T00:30:00Z"), fromHour: 2, toHour: 4 })).toBe(true);
  });

  it("wraps past midnight when the window starts later than it ends", () => {
    const at = (utc: string) => new Date(`2026-01-15T${utc}:00Z`);
    expect(inUpdateWindow({ now: at("21:00"), fromHour: 22, toHour: 5 })).toBe(true);
    expect(inUpdateWindow({ now: at("03:59"), fromHour: 22, toHour: 5 })).toBe(true);
    expect(inUpdateWindow({ now: at("04:00"), fromHour: 22, toHour: 5 })).toBe(false);
    expect(inUpdateWindow({ now: at("12:00"), fromHour: 22, toHour: 5 })).toBe(false);
  });
});
