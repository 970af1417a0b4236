import { DEFAULT_CONNECTION, ZConnectionKey } from "@erp-bridge/shared";
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

/**
 * Which ERP the wizard sets up, chosen first with the agent: its type and the agent's connection
 * to it (issue 19), and for a new integration the name staff give it (an integration set up again
 * keeps its type and name). Kept in the draft's samples JSON (no column of its own); a draft from
 * before the choice is Subiekt GT on the agent's default connection.
 */
export const ZSetupErp = z.object({
  erpType: z.enum(["SUBIEKT_GT", "OPTIMA"]).default("SUBIEKT_GT"),
  agentConnection: ZConnectionKey.default(DEFAULT_CONNECTION),
  name: z.string().max(200).optional(),
});
export type TSetupErp = z.infer<typeof ZSetupErp>;
export type TSetupErpType = TSetupErp["erpType"];

/**
 * The steps a type of ERP goes through. Optima is read-only here (no orders are written to it), so
 * it skips what only orders need: warehouse roles, product identification, the order workflow and
 * the write preflight; the agent step (connection reachable) and the data groups remain.
 */
export function setupSteps(erpType: TSetupErpType): readonly TSetupStep[] {
  return erpType === "OPTIMA" ? ["agent", "scope", "review"] : SETUP_STEPS;
}

/** Steps before `step` for this ERP type: all must have passed before it can be checked. */
export function stepsBefore(step: TSetupStep, erpType: TSetupErpType = "SUBIEKT_GT"): TSetupStep[] {
  const steps = setupSteps(erpType);
  return steps.slice(0, Math.max(steps.indexOf(step), 0));
}
