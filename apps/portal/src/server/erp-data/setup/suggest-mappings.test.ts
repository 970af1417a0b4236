import { describe, expect, it } from "vitest";
import { ZSavedSettings, DEFAULT_SETTINGS } from "../../settings/integration-settings.ts";
import { hasNoMappings, suggestMappings } from "./suggest-mappings.ts";

const vatRates = [
  { id: 1, code: "23", rate: 23 },
  { id: 5, code: "zw", rate: 0 },
];
const units = [{ id: 1, code: "szt.", name: "sztuka" }];
const warehouses = [
  { erpId: 1, role: "store" as const, code: "MAG", name: "Magazyn główny" },
  { erpId: 2, role: "showroom" as const, code: "SWA", name: "Salon Warszawa" },
  { erpId: 3, role: "showroom" as const, code: "SKR", name: "Salon Kraków" },
];

describe("step 5's suggested mappings", () => {
  it("maps each VAT rate and unit the ERP reports under its own code, and offers pickup in each showroom", () => {
    const suggested = suggestMappings({ vatRates, units, warehouses });
    expect(suggested.vatMapping).toEqual([
      { channelRate: "23", erpVatRateId: 1 },
      { channelRate: "zw", erpVatRateId: 5 },
    ]);
    expect(suggested.unitMapping).toEqual([{ channelUnit: "szt.", erpUnitCode: "szt." }]);
    expect(suggested.deliveryMethods.filter((d) => d.kind === "showroom_pickup")).toEqual([
      { channelCode: "salon-swa", kind: "showroom_pickup", showroomWarehouseId: 2 },
      { channelCode: "salon-skr", kind: "showroom_pickup", showroomWarehouseId: 3 },
    ]);
  });

  it("names a single showroom's pickup plainly, and passes the save's own checks", () => {
    const one = warehouses.slice(0, 2);
    const suggested = suggestMappings({ vatRates, units, warehouses: one });
    expect(suggested.deliveryMethods.map((d) => d.channelCode)).toEqual(["kurier", "paczkomat", "salon"]);
    const saved = ZSavedSettings.safeParse({ ...DEFAULT_SETTINGS, warehouses: one, ...suggested });
    expect(saved.error?.issues).toBeUndefined();
  });

  it("is offered only while nothing is mapped", () => {
    expect(hasNoMappings(DEFAULT_SETTINGS)).toBe(true);
    expect(hasNoMappings({ ...DEFAULT_SETTINGS, unitMapping: [{ channelUnit: "szt", erpUnitCode: "szt." }] })).toBe(
      false,
    );
  });
});
