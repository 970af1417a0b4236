import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, readSettings, ZSavedSettings } from "./integration-settings.ts";

const HOLD = { policy: "hold", overLimit: true, overdueDays: 30 } as const;

describe("what happens to B2B orders on credit", () => {
  it("settings saved before the rule existed, and new integrations, accept every order", () => {
    const before: Partial<typeof DEFAULT_SETTINGS> = { ...DEFAULT_SETTINGS };
    delete before.creditHolds;
    expect(readSettings(before).creditHolds.policy).toBe("accept");
    expect(DEFAULT_SETTINGS.creditHolds.policy).toBe("accept");
  });

  it("holding needs the customers sync, where balances and overdue amounts come from", () => {
    const customersOff = {
      ...DEFAULT_SETTINGS,
      creditHolds: HOLD,
      dataGroups: {
        ...DEFAULT_SETTINGS.dataGroups,
        customers: { ...DEFAULT_SETTINGS.dataGroups.customers, enabled: false },
      },
    };
    expect(ZSavedSettings.safeParse(customersOff).error?.issues).toEqual([
      expect.objectContaining({ path: ["creditHolds", "policy"], params: { code: "creditHoldsNeedSync" } }),
    ]);
    expect(ZSavedSettings.safeParse({ ...DEFAULT_SETTINGS, creditHolds: HOLD }).success).toBe(true);
  });

  it("holding needs a reason to hold, and the days are whole and not negative", () => {
    const noRule = { ...DEFAULT_SETTINGS, creditHolds: { policy: "hold", overLimit: false, overdueDays: null } };
    expect(ZSavedSettings.safeParse(noRule).error?.issues).toEqual([
      expect.objectContaining({ path: ["creditHolds", "policy"], params: { code: "creditHoldsNoRule" } }),
    ]);
    const negative = { ...DEFAULT_SETTINGS, creditHolds: { ...HOLD, overdueDays: -1 } };
    expect(ZSavedSettings.safeParse(negative).error?.issues.map((issue) => issue.path)).toEqual([
      ["creditHolds", "overdueDays"],
    ]);
  });
});
