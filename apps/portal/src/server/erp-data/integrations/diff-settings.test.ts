import { describe, expect, it } from "vitest";
import { diffSettings } from "./diff-settings.ts";

describe("diffSettings", () => {
  it("lists the changed, added and removed leaves by path", () => {
    const before = { dataGroups: { stock: { intervalSeconds: 5, enabled: true } }, warehouses: [{ erpId: 1 }] };
    const after = {
      dataGroups: { stock: { intervalSeconds: 30, enabled: true } },
      warehouses: [{ erpId: 1 }, { erpId: 2 }],
    };
    expect(diffSettings(before, after)).toEqual([
      { path: "dataGroups.stock.intervalSeconds", before: 5, after: 30 },
      { path: "warehouses.1.erpId", before: undefined, after: 2 },
    ]);
    expect(diffSettings(after, after)).toEqual([]);
  });
});
