import { countHeldOrders } from "../../orders/count-held-orders.ts";
import { wakeAwaitingOrders } from "../../orders/wake-awaiting-orders.ts";
import { z } from "zod";
import { AppError, invalidInput, notFound } from "../../platform/errors/app-error.ts";
import { formProblem } from "../../platform/errors/form-problem.ts";
import { recordAudit } from "../../admin/audit/record-audit.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { scheduleDataGroups } from "../sync/schedule-data-groups.ts";
import { checkErpReferences } from "./check-erp-references.ts";
import { getIntegration } from "./get-integration.ts";
import { ZSavedSettings, type TIntegrationSettings } from "../../settings/integration-settings.ts";
import { readErpLists } from "./read-erp-lists.ts";
import { withWarehouseNames } from "../../settings/warehouse-label.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { preflightChangedWrites } from "./preflight-changed-writes.ts";

export const ZSaveIntegration = z.object({
  agentId: z.uuid().nullable(),
  settings: ZSavedSettings,
  /** The version the editor started from: a save over someone else's change is refused. */
  expectedVersion: z.number().int().min(0),
});

/**
 * Saves a company's integration settings (staff only). Every value that names something in the
 * ERP is checked against lists read live through the agent; the change, its audit entry and the
 * data groups' schedule commit together. `preflightChangedWrites`: the settings page's save, where a
 * change to what is written runs the write preflight first; the wizard ran its own (with the sample
 * the user chose) before saving, and seeds and tests configure without one.
 */
export async function saveIntegration(options: {
  actor: TActor;
  companyId: string;
  input: unknown;
  preflightChangedWrites?: boolean;
  tx?: TTx;
}) {
  requireStaff(options.actor);
  const input = parseInput({ schema: ZSaveIntegration, input: options.input });
  const before = await getIntegration({ actor: options.actor, companyId: options.companyId, tx: options.tx });
  if (!input.agentId && namesErpValues(input.settings)) {
    throw invalidInput({ agentId: [fieldProblem("chooseAgentForErp")] });
  }
  const settings = input.agentId
    ? await checkAgainstErp({ ...options, agentId: input.agentId, settings: input.settings })
    : input.settings;
  if (options.preflightChangedWrites) {
    await preflightChangedWrites({ companyId: options.companyId, before, after: { agentId: input.agentId, settings } });
  }
  return inTransaction(options.tx, async (tx) => {
    if (input.agentId) {
      const agent = await tx.agent.findFirst({
        where: { id: input.agentId, companyId: options.companyId, revokedAt: null },
      });
      if (!agent) throw invalidInput({ agentId: [fieldProblem("agentNotOurs")] });
    }
    const data = { agentId: input.agentId, settings };
    const [saved] = await tx.integration.updateManyAndReturn({
      where: { companyId: options.companyId, version: input.expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    const row = saved ?? (input.expectedVersion === 0 ? await createOnce(tx, options.companyId, data) : null);
    if (!row) {
      throw new AppError({
        code: "CONFLICT",
        message: "integration changed meanwhile",
        userMessage: "Someone else saved this integration meanwhile: reload to see their change",
        problem: formProblem("integrationChanged"),
      });
    }
    await scheduleDataGroups({ tx, companyId: options.companyId, settings });
    // Orders waiting for Subiekt's operator are looked at again under the settings saved now.
    await wakeAwaitingOrders({ tx, companyId: options.companyId });
    // Orders held under the rule before a change stay held (staff decide each): the page says how many.
    const creditRuleChanged = JSON.stringify(before.settings.creditHolds) !== JSON.stringify(settings.creditHolds);
    const stillHeld = creditRuleChanged ? await countHeldOrders({ tx, companyId: options.companyId }) : 0;
    const after = { agentId: row.agentId, version: row.version, settings };
    await recordAudit({
      tx,
      actor: options.actor,
      change: {
        companyId: options.companyId,
        entity: "integration",
        entityId: row.id,
        action: before.version === 0 ? "create" : "update",
        before:
          before.version === 0
            ? undefined
            : { agentId: before.agentId, version: before.version, settings: before.settings },
        after,
      },
    });
    return { companyId: options.companyId, erpType: row.erpType, ...after, stillHeld };
  });
}

// Two first saves racing: the unique companyId lets one in; the other is told to reload.
async function createOnce(
  tx: TTx,
  companyId: string,
  data: { agentId: string | null; settings: TIntegrationSettings },
) {
  const [created] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Integration" ("id", "companyId", "agentId", "settings", "updatedAt")
    VALUES (gen_random_uuid(), ${companyId}::uuid, ${data.agentId}::uuid, ${JSON.stringify(data.settings)}::jsonb, now())
    ON CONFLICT ("companyId") DO NOTHING
    RETURNING "id"`;
  if (!created) return null;
  const row = await tx.integration.findUnique({ where: { id: created.id } });
  if (!row) throw notFound("integration");
  return row;
}

function namesErpValues(settings: TIntegrationSettings): boolean {
  return (
    settings.warehouses.length > 0 ||
    settings.vatMapping.length > 0 ||
    settings.unitMapping.length > 0 ||
    settings.deliveryMethods.some((d) => d.showroomWarehouseId !== null)
  );
}

/** The settings checked against the ERP's lists, returned with its warehouses' names. */
async function checkAgainstErp(options: {
  actor: TActor;
  companyId: string;
  agentId: string;
  settings: TIntegrationSettings;
}): Promise<TIntegrationSettings> {
  if (!namesErpValues(options.settings)) return options.settings;
  const lists = await readErpLists(options);
  const errors = checkErpReferences(options.settings, lists);
  if (Object.keys(errors).length === 0) return withWarehouseNames(options.settings, lists.warehouses);
  throw invalidInput(
    Object.fromEntries(Object.entries(errors).map(([field, messages]) => [`settings.${field}`, messages])),
  );
}
