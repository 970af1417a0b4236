import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ZOrderInput } from "@erp-bridge/shared";
import en from "../../messages/en.json" with { type: "json" };
import pl from "../../messages/pl.json" with { type: "json" };
import { ZSetupSamples } from "../server/erp-data/setup/setup-steps.ts";
import {
  FIELD_PROBLEM_CODES,
  fieldProblem,
  fieldProblemMessage,
  type TFieldProblem,
} from "../server/platform/errors/field-problem.ts";
import { fieldProblemText } from "../server/platform/errors/field-problem-text.ts";
import { zodIssuesByField } from "../server/platform/errors/zod-issue-problem.ts";
import { DEFAULT_SETTINGS, ZIntegrationSettings, ZSavedSettings } from "../server/settings/integration-settings.ts";

/** Values enough for any code's words; a missing one fails the rendering below. */
const VALUES = {
  n: 5,
  id: 12,
  code: "X-1",
  codes: "A, B",
  name: "Agent",
  // The system's own words: pages fold them away, so no sentence carries them.
  detail: "connect ECONNREFUSED 10.0.0.5:1433",
  reason: "no stock",
};
const MORE = {
  by: "sku",
  amount: "12.30",
  from: "new",
  allowed: "shipped",
  sum: "24.60",
  document: "ZK",
  integration: "Partner",
  level: 3,
  count: 2,
};

function words(locale: "pl" | "en", problem: TFieldProblem): string {
  const t = createTranslator({
    locale,
    messages: locale === "pl" ? pl : en,
    onError: (error) => {
      throw error;
    },
  });
  return fieldProblemMessage(problem, (key, params) => t(key as "fieldErrors.required", params));
}

function problemsOf(schema: z.ZodType, input: unknown): TFieldProblem[] {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error("expected the input to be refused");
  return zodIssuesByField(result.error.issues).map(([, problem]) => problem);
}

const group = { enabled: true, direction: "both", intervalSeconds: 2 };

describe("field problems in Polish and English", () => {
  it.each(FIELD_PROBLEM_CODES)("%s has words in both languages, without the system's own detail", (code) => {
    const problem = fieldProblem(code, { ...VALUES, ...MORE });
    for (const locale of ["pl", "en"] as const) {
      expect(words(locale, problem)).not.toMatch(/[{}]|fieldErrors/);
      expect(words(locale, problem)).not.toContain(VALUES.detail);
    }
  });

  it("has words for no code that is gone", () => {
    expect(Object.keys(pl.fieldErrors).sort()).toEqual([...FIELD_PROBLEM_CODES].sort());
    expect(Object.keys(en.fieldErrors).sort()).toEqual([...FIELD_PROBLEM_CODES].sort());
  });

  it("puts a refused sample order's own problem into the same language", () => {
    const refused = fieldProblem("sampleRefused", { cause: "orders.erpError.noShowroom", method: "salon" });
    expect(words("pl", refused)).toBe(
      "ERP odrzuciłby to zamówienie: Metoda dostawy „salon” nie ma wskazanego magazynu salonu.",
    );
    expect(fieldProblemText(refused)).toBe(
      "The ERP would refuse this order: The delivery method “salon” has no showroom warehouse.",
    );
  });

  it("says in numbers the reader's language writes", () => {
    expect(words("pl", fieldProblem("atMost", { n: 100_000 }))).toBe("Najwyżej 100\u00a0000");
    expect(words("en", fieldProblem("atMost", { n: 100_000 }))).toBe("At most 100,000");
    expect(words("pl", fieldProblem("tooLong", { n: 3 }))).toBe("Najwyżej 3 znaki");
  });

  it("gives a code of its own, not just 'invalid', to every refusal of the forms' and the API's schemas", () => {
    const problems = [
      ...problemsOf(ZIntegrationSettings, {
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
      ...problemsOf(ZSavedSettings, {
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
      ...problemsOf(ZSetupSamples, {
        codes: ["a", "b", "c", "d", "e", "f", ""],
        order: { code: "a", quantity: 0, unitGross: 2_000_000, deliveryMethod: "", paymentMethod: "", document: "x" },
      }),
      ...problemsOf(ZOrderInput, {
        externalId: "",
        document: "invoice",
        deliveryMethod: "kurier",
        paymentMethod: "przelew",
        buyer: { name: "A", email: "no", address: { street: "S", postalCode: "1", city: "C", country: "POL" } },
        lines: [{ product: { sku: "A" }, quantity: 1.00001, unitGross: 1.001, vatRate: 23 }],
        totalGross: 5,
        extra: true,
      }),
    ];
    const codes = new Set(problems.map((problem) => problem.code));
    expect(codes.has("invalid")).toBe(false);
    for (const code of [
      "atLeast",
      "atMost",
      "wholeNumber",
      "required",
      "tooLong",
      "listedTwice",
      "erpMastered",
      "notShowroom",
      "paymentKind",
      "atMostItems",
      "moreThan",
      "choose",
      "email",
      "exactLength",
      "decimals",
      "invoiceNip",
      "unknownField",
    ] as const) {
      expect(codes, code).toContain(code);
    }
  });
});
