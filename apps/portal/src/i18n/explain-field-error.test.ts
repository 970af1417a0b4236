import { describe, expect, it } from "vitest";
import type { z } from "zod";
import en from "../../messages/en.json" with { type: "json" };
import pl from "../../messages/pl.json" with { type: "json" };
import { DEFAULT_SETTINGS, ZIntegrationSettings, ZSavedSettings } from "../server/settings/integration-settings.ts";
import { ZSetupSamples } from "../server/erp-data/setup/setup-steps.ts";
import { explainFieldError, FIELD_ERROR_KEYS } from "./explain-field-error.ts";

function messagesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return result.error.issues.map((issue) => issue.message);
}

const group = { enabled: true, direction: "both", intervalSeconds: 2 };

describe("field errors in the reader's language", () => {
  it("explains every message the settings and wizard schemas give for bad input", () => {
    const messages = [
      ...messagesOf(ZIntegrationSettings, {
        ...DEFAULT_SETTINGS,
        dataGroups: {
          products: group,
          prices: { ...group, intervalSeconds: 2.5 },
          stock: { ...group, intervalSeconds: 9_999_999 },
          customers: { ...group, intervalSeconds: null },
          documents: group,
        },
        warehouses: [
          { erpId: 1, role: "store" },
          { erpId: 1, role: "other" },
        ],
        vatMapping: [{ channelRate: "", erpVatRateId: 1 }],
        unitMapping: [{ channelUnit: "x".repeat(101), erpUnitCode: "szt." }],
        deliveryMethods: [{ channelCode: "salon", kind: "showroom_pickup", showroomWarehouseId: 1 }],
        alerts: { agentOfflineMinutes: 0, syncLagMinutes: 1.5, errorQueueSize: 1_000_000, notifyClient: false },
      }),
      // Checks across fields run once every field is valid on its own.
      ...messagesOf(ZSavedSettings, {
        ...DEFAULT_SETTINGS,
        dataGroups: {
          ...DEFAULT_SETTINGS.dataGroups,
          stock: { ...DEFAULT_SETTINGS.dataGroups.stock, direction: "both" },
        },
        warehouses: [
          { erpId: 1, role: "store" },
          { erpId: 1, role: "other" },
        ],
        deliveryMethods: [{ channelCode: "salon", kind: "showroom_pickup", showroomWarehouseId: 1 }],
        paymentMethods: [{ channelCode: "payu", erpName: "PayU", prepaid: true }],
      }),
      ...messagesOf(ZSetupSamples, {
        codes: ["a", "b", "c", "d", "e", "f", ""],
        order: {
          code: "a",
          quantity: 0,
          unitGross: 2_000_000,
          deliveryMethod: "",
          paymentMethod: "",
          document: "receipt",
        },
      }),
      ...messagesOf(ZSetupSamples, {
        codes: [],
        order: {
          code: "a",
          quantity: null,
          unitGross: 20_000,
          deliveryMethod: "",
          paymentMethod: "",
          document: "receipt",
        },
      }),
      ...messagesOf(ZSetupSamples.shape.order.shape.quantity, 20_000),
    ];
    expect(messages.length).toBeGreaterThanOrEqual(18);
    const unexplained = messages.filter((message) => explainFieldError(message) === null);
    expect(unexplained).toEqual([]);
  });

  it("has a Polish and an English text for every key it gives", () => {
    expect(Object.keys(pl.fieldErrors).sort()).toEqual([...FIELD_ERROR_KEYS].sort());
    expect(Object.keys(en.fieldErrors).sort()).toEqual([...FIELD_ERROR_KEYS].sort());
  });

  it("keeps the values a sentence carries", () => {
    expect(explainFieldError("The ERP has no warehouse 12")).toEqual({ key: "noWarehouse", values: { id: "12" } });
    expect(explainFieldError("Something new")).toBeNull();
  });
});
