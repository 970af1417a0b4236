import { ZConnectionKey } from "@erp-bridge/shared";
import { z } from "zod";
import type { ErpType } from "../../../generated/prisma/client.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import { erpTakesOrders } from "../../settings/erp-type.ts";
import { DEFAULT_SETTINGS, type TIntegrationSettings } from "../../settings/integration-settings.ts";
import { requireUnusedName } from "./require-unused-name.ts";
import { saveIntegration } from "./save-integration.ts";

/** What staff call an integration (unique per company). */
export const ZIntegrationName = z.string().trim().min(1).max(100);

/** "Add integration": its name, the ERP type first, then the agent and which of its connections. */
export const ZCreateIntegration = z.object({
  name: ZIntegrationName,
  erpType: z.enum(["SUBIEKT_GT", "OPTIMA"]),
  agentId: z.uuid(),
  agentConnection: ZConnectionKey,
});

/**
 * Adds an integration to a company (staff only). The connection must be one the agent reported,
 * of the chosen ERP type, and not used by another integration (saveIntegration checks it, as for
 * every new integration with an agent): each refusal names its field. The
 * integration starts from the default settings (a read-only ERP's groups all flow from the ERP),
 * or from `settings` the setup wizard checked, and is saved as any integration is, so its audit
 * entry ("create") and its data groups' schedule commit with it.
 */
export async function createIntegration(options: {
  actor: TActor;
  companyId: string;
  input: unknown;
  settings?: TIntegrationSettings;
  tx?: TTx;
}) {
  requireStaff(options.actor);
  const input = parseInput({ schema: ZCreateIntegration, input: options.input });
  const db = options.tx ?? getDb();
  await getCompany({ actor: options.actor, companyId: options.companyId, tx: db });
  await requireUnusedName({ db, companyId: options.companyId, name: input.name });
  return saveIntegration({
    actor: options.actor,
    companyId: options.companyId,
    tx: options.tx,
    input: { ...input, settings: options.settings ?? defaultSettings(input.erpType), expectedVersion: 0 },
  });
}

/** A read-only ERP is the master of every group: nothing flows back to it. */
function defaultSettings(erpType: ErpType): TIntegrationSettings {
  if (erpTakesOrders(erpType)) return DEFAULT_SETTINGS;
  const groups = Object.entries(DEFAULT_SETTINGS.dataGroups).map(([key, group]) => [
    key,
    { ...group, direction: "erp_to_portal" as const },
  ]);
  return { ...DEFAULT_SETTINGS, dataGroups: Object.fromEntries(groups) as TIntegrationSettings["dataGroups"] };
}
