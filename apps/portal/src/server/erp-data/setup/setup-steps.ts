import { z } from "zod";
import type { TIntegrationSettings } from "../../settings/integration-settings.ts";

/**
 * The wizard's steps in the order an implementer works. The agent comes first: every later
 * step is checked against the live ERP through it. "review" saves the integration.
 */
export const SETUP_STEPS = ["agent", "scope", "warehouses", "identification", "workflow", "review"] as const;
export type TSetupStep = (typeof SETUP_STEPS)[number];
export const ZSetupStep = z.enum(SETUP_STEPS);

/** The settings each step edits: they join the draft only when the step's check passes. */
export const STEP_SETTINGS: Record<TSetupStep, readonly (keyof TIntegrationSettings)[]> = {
  agent: [],
  scope: ["dataGroups"],
  warehouses: ["warehouses"],
  identification: ["productIdentifier"],
  workflow: [
    "vatMapping",
    "unitMapping",
    "paymentMethods",
    "deliveryMethods",
    "orderStatusMapping",
    "clickAndCollect",
    "saleDocumentWithoutNip",
    "writers",
    "saleDocuments",
    "sqlSalesChosen",
  ],
  review: ["alerts"],
};

const code = z.string().trim().min(1).max(50);

/** What the checks try: product codes as a channel would send them, and one order of them. */
export const ZSetupSamples = z.object({
  codes: z.array(code).max(5),
  order: z.object({
    /** One of `codes`. */
    code: z.string().max(50),
    quantity: z.number().positive().max(10_000),
    unitGross: z.number().positive().max(1_000_000),
    deliveryMethod: z.string().max(100),
    paymentMethod: z.string().max(100),
    document: z.enum(["receipt", "invoice"]),
  }),
});
export type TSetupSamples = z.infer<typeof ZSetupSamples>;

export const DEFAULT_SAMPLES: TSetupSamples = {
  codes: [],
  order: { code: "", quantity: 1, unitGross: 100, deliveryMethod: "", paymentMethod: "", document: "receipt" },
};

/** Steps before `step`: all must have passed before it can be checked. */
export function stepsBefore(step: TSetupStep): TSetupStep[] {
  return SETUP_STEPS.slice(0, SETUP_STEPS.indexOf(step));
}
