import { ZConnectionKey } from "@erp-bridge/shared";
import { z } from "zod";
import type { ErpType } from "../../../generated/prisma/client.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { invalidInput } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import { ERP_TYPE_KEY, erpTakesOrders } from "../../settings/erp-type.ts";
import { DEFAULT_SETTINGS, type TIntegrationSettings } from "../../settings/integration-settings.ts";
import { agentConnections } from "./agent-connections.ts";
import { saveIntegration } from "./save-integration.ts";

/** "Add integration": its name, the ERP type first, then the agent and which of its connections. */
export const ZCreateIntegration = z.object({
  name: z.string().trim().min(1).max(100),
  erpType: z.enum(["SUBIEKT_GT", "OPTIMA"]),
  agentId: z.uuid(),
  agentConnection: ZConnectionKey,
});

/**
 * Adds an integration to a company (staff only). The connection must be one the agent reported,
 * of the chosen ERP type, and not used by another integration: each refusal names its field. The
 * integration starts from the default settings (a read-only ERP's groups all flow from the ERP)
 * and is saved as any integration is, so its audit entry ("create") and its data groups' schedule
 * commit with it.
 */
export async function createIntegration(options: { actor: TActor; companyId: string; input: unknown; tx?: TTx }) {
  requireStaff(options.actor);
  const input = parseInput({ schema: ZCreateIntegration, input: options.input });
  const db = options.tx ?? getDb();
  await getCompany({ actor: options.actor, companyId: options.companyId, tx: db });
  const named = await db.integration.findFirst({
    where: { companyId: options.companyId, name: input.name },
    select: { id: true },
  });
  if (named) throw invalidInput({ name: [fieldProblem("integrationNameTaken")] });
  const agent = await db.agent.findFirst({
    where: { id: input.agentId, companyId: options.companyId, revokedAt: null },
  });
  if (!agent) throw invalidInput({ agentId: [fieldProblem("agentNotOurs")] });
  const connection = agentConnections(agent).find((c) => c.key === input.agentConnection);
  if (!connection) {
    throw invalidInput({ agentConnection: [fieldProblem("agentConnectionNotReported", { name: agent.name })] });
  }
  if (connection.erpType !== ERP_TYPE_KEY[input.erpType]) {
    throw invalidInput({ agentConnection: [fieldProblem("agentConnectionOtherErp", { code: connection.erpType })] });
  }
  const user = await db.integration.findFirst({
    where: { agentId: agent.id, agentConnection: input.agentConnection },
    select: { name: true },
  });
  if (user) throw invalidInput({ agentConnection: [fieldProblem("agentConnectionUsedBy", { name: user.name })] });
  return saveIntegration({
    actor: options.actor,
    companyId: options.companyId,
    tx: options.tx,
    input: { ...input, settings: defaultSettings(input.erpType), expectedVersion: 0 },
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
