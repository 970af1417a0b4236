import type { TUnit, TVatRate } from "@erp-bridge/shared";
import type { TIntegrationSettings } from "../../settings/integration-settings.ts";

type TSuggested = Pick<TIntegrationSettings, "vatMapping" | "unitMapping" | "paymentMethods" | "deliveryMethods">;

/** Channel codes that Polish shops commonly send; staff rename them to what the client's channels send. */
const PAYMENTS: TIntegrationSettings["paymentMethods"] = [
  { channelCode: "przelew", erpName: "transfer", prepaid: true },
  { channelCode: "karta", erpName: "card", prepaid: true },
  { channelCode: "pobranie", erpName: "cash", prepaid: false },
];
const DELIVERIES: TIntegrationSettings["deliveryMethods"] = [
  { channelCode: "kurier", kind: "courier", showroomWarehouseId: null },
  { channelCode: "paczkomat", kind: "parcel_locker", showroomWarehouseId: null },
];

/**
 * Step 5's mappings as a starting point, for staff to confirm or change: each VAT rate and unit the
 * ERP reports under its own code (for the demo's sample ERP, exactly what it holds), common payment
 * and delivery methods, and pickup in each showroom marked in step 3 (click-and-collect).
 */
export function suggestMappings(options: {
  vatRates: readonly TVatRate[];
  units: readonly TUnit[];
  warehouses: TIntegrationSettings["warehouses"];
}): TSuggested {
  const showrooms = options.warehouses.filter((w) => w.role === "showroom");
  const pickupCode = (code: string | undefined, erpId: number) =>
    showrooms.length === 1 ? "salon" : `salon-${(code ?? String(erpId)).toLowerCase()}`;
  return {
    vatMapping: options.vatRates.map((rate) => ({ channelRate: rate.code, erpVatRateId: rate.id })),
    unitMapping: options.units.map((unit) => ({ channelUnit: unit.code, erpUnitCode: unit.code })),
    paymentMethods: PAYMENTS,
    deliveryMethods: [
      ...DELIVERIES,
      ...showrooms.map((showroom) => ({
        channelCode: pickupCode(showroom.code, showroom.erpId),
        kind: "showroom_pickup" as const,
        showroomWarehouseId: showroom.erpId,
      })),
    ],
  };
}

/** Nothing mapped yet: the only time suggestions are offered, so nothing typed is replaced. */
export function hasNoMappings(settings: Pick<TIntegrationSettings, keyof TSuggested>): boolean {
  return (
    settings.vatMapping.length === 0 &&
    settings.unitMapping.length === 0 &&
    settings.paymentMethods.length === 0 &&
    settings.deliveryMethods.length === 0
  );
}
