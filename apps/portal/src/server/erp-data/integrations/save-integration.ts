import { countHeldOrders } from "../../orders/count-held-orders.ts";
import { wakeAwaitingOrders } from "../../orders/wake-awaiting-orders.ts";
import { z } from "zod";
import { AppError, invalidInput, notFound } from "../../platform/errors/app-error.ts";
import { formProblem } from "../../platform/errors/form-problem.ts";
import { recordAudit } from "../../admin/audit/record-audit.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb, inTransaction, type TTx } from "../../platform/database/db.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { scheduleDataGroups } from "../sync/schedule-data-groups.ts";
import { checkErpReferences } from "./check-erp-references.ts";
import { getIntegration, type TIntegrationView } from "./get-integration.ts";
import { ZSavedSettings, type TIntegrationSettings } from "../../settings/integration-settings.ts";
import { readErpLists } from "./read-erp-lists.ts";
import { withWarehouseNames } from "../../settings/warehouse-label.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import { DEFAULT_CONNECTION, ZConnectionKey } from "@erp-bridge/shared";
import { FIRST_INTEGRATION_NAME } from "./get-integration.ts";
import { preflightChangedWrites } from "./preflight-changed-writes.ts";
import { requireAgentConnection } from "./require-agent-connection.ts";

export const ZSaveIntegration = z.object({
  agentId: z.uuid().nullable(),
  /**
   * The agent's ERP connection this integration uses (issue 19). Absent: the one it uses (a new
   * integration: the agent's default one), so that no save moves an integration unasked.
   */
  agentConnection: ZConnectionKey.optional(),
  /** Set when the integration is created; absent: the first one's name and Subiekt GT. */
  name: z.string().trim().min(1).max(100).optional(),
  erpType: z.enum(["SUBIEKT_GT", "OPTIMA"]).optional(),
  settings: ZSavedSettings,
  /** The version the editor started from: a save over someone else's change is refused. */
  expectedVersion: z.number().int().min(0),
});

/** The save's input with the connection it lands on resolved. */
type TSaveInput = z.infer<typeof ZSaveIntegration> & { agentConnection: string };

/**
 * Saves one of a company's integrations (staff only): the one `integrationId` names, which must be
 * the company's, else the company's first; version 0 without an id creates one (the first, or
 * another by `name`). Every value that names something in the ERP is checked against lists read
 * live through the agent's connection; the change, its audit entry and the data groups' schedule
 * commit together. An integration created with an agent, given one, or moved to another agent or
 * connection (the ERP server was replaced), must land on one the agent reported, of its own ERP type
 * and free; a moved one keeps its cloud copy and sync cursors, as the new connection reaches the same
 * ERP database (the pages say so).
 * `preflightChangedWrites`: the settings page's save, where a change to what is written or where
 * runs the write preflight first; the wizard ran its own (with the sample the user chose) before
 * saving, and seeds and tests configure without one.
 */
export async function saveIntegration(options: {
  actor: TActor;
  companyId: string;
  integrationId?: string | null;
  input: unknown;
  preflightChangedWrites?: boolean;
  tx?: TTx;
}) {
  requireStaff(options.actor);
  const parsed = parseInput({ schema: ZSaveIntegration, input: options.input });
  const before =
    parsed.expectedVersion === 0 && !options.integrationId
      ? null
      : await getIntegration({ ...options, tx: options.tx });
  const input = { ...parsed, agentConnection: parsed.agentConnection ?? before?.agentConnection ?? DEFAULT_CONNECTION };
  if (!input.agentId && namesErpValues(input.settings)) {
    throw invalidInput({ agentId: [fieldProblem("chooseAgentForErp")] });
  }
  if (!before) await getCompany({ actor: options.actor, companyId: options.companyId, tx: options.tx });
  // A new integration (no id yet) takes its ERP type from the input, as createOnce stores it.
  if (input.agentId && (!before?.id || changesConnection(before, input))) {
    await requireAgentConnection({
      db: options.tx ?? getDb(),
      companyId: options.companyId,
      agentId: input.agentId,
      agentConnection: input.agentConnection,
      erpType: before?.id ? before.erpType : (input.erpType ?? "SUBIEKT_GT"),
      integrationId: before?.id ?? null,
    });
  }
  const settings = input.agentId
    ? await checkAgainstErp({
        ...options,
        agentId: input.agentId,
        connection: input.agentConnection,
        settings: input.settings,
      })
    : input.settings;
  if (options.preflightChangedWrites) {
    await preflightChangedWrites({
      companyId: options.companyId,
      before: before ?? { agentId: null, agentConnection: input.agentConnection, settings, version: 0 },
      after: { agentId: input.agentId, agentConnection: input.agentConnection, settings },
    });
  }
  return inTransaction(options.tx, (tx) => saveInTransaction({ ...options, tx, input, before, settings }));
}

async function saveInTransaction(options: {
  actor: TActor;
  companyId: string;
  tx: TTx;
  input: TSaveInput;
  before: TIntegrationView | null;
  settings: TIntegrationSettings;
}) {
  const { tx, input, before, settings } = options;
  if (input.agentId) {
    const agent = await tx.agent.findFirst({
      where: { id: input.agentId, companyId: options.companyId, revokedAt: null },
    });
    if (!agent) throw invalidInput({ agentId: [fieldProblem("agentNotOurs")] });
    // One agent connection serves one integration (the unique index says so too).
    const sharing = await tx.integration.findFirst({
      where: { agentId: input.agentId, agentConnection: input.agentConnection, NOT: { id: before?.id ?? undefined } },
      select: { id: true },
    });
    if (sharing) throw invalidInput({ agentConnection: [fieldProblem("agentConnectionTaken")] });
  }
  const data = { agentId: input.agentId, agentConnection: input.agentConnection, settings };
  const [saved] = before?.id
    ? await tx.integration.updateManyAndReturn({
        where: { id: before.id, companyId: options.companyId, version: input.expectedVersion },
        data: { ...data, version: { increment: 1 } },
      })
    : [];
  const row = saved ?? (!before?.id && input.expectedVersion === 0 ? await createOnce(tx, options, data) : null);
  if (!row) {
    throw new AppError({
      code: "CONFLICT",
      message: "integration changed meanwhile",
      userMessage: "Someone else saved this integration meanwhile: reload to see their change",
      problem: formProblem("integrationChanged"),
    });
  }
  await scheduleDataGroups({ tx, companyId: options.companyId, integrationId: row.id, settings });
  // Orders waiting for Subiekt's operator are looked at again under the settings saved now.
  await wakeAwaitingOrders({ tx, companyId: options.companyId });
  // Orders held under the rule before a change stay held (staff decide each): the page says how many.
  const creditRuleChanged = JSON.stringify(before?.settings.creditHolds) !== JSON.stringify(settings.creditHolds);
  const stillHeld = creditRuleChanged ? await countHeldOrders({ tx, companyId: options.companyId }) : 0;
  const after = { agentId: row.agentId, agentConnection: row.agentConnection, version: row.version, settings };
  await recordAudit({
    tx,
    actor: options.actor,
    change: {
      companyId: options.companyId,
      entity: "integration",
      entityId: row.id,
      action: before?.id ? "update" : "create",
      before: before?.id
        ? {
            agentId: before.agentId,
            agentConnection: before.agentConnection,
            version: before.version,
            settings: before.settings,
          }
        : undefined,
      after,
    },
  });
  return { id: row.id, companyId: options.companyId, name: row.name, erpType: row.erpType, ...after, stillHeld };
}

/**
 * Two first saves racing: the unique name lets one in; the other is told to reload. The company's
 * channels without an integration (made before it had one) read and order through this one.
 */
async function createOnce(
  tx: TTx,
  options: { companyId: string; input: TSaveInput },
  data: { agentId: string | null; agentConnection: string; settings: TIntegrationSettings },
) {
  const { companyId, input } = options;
  const [created] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Integration" ("id", "companyId", "name", "erpType", "agentId", "agentConnection", "settings", "updatedAt")
    VALUES (gen_random_uuid(), ${companyId}::uuid, ${input.name ?? FIRST_INTEGRATION_NAME},
            ${input.erpType ?? "SUBIEKT_GT"}::"ErpType", ${data.agentId}::uuid, ${data.agentConnection},
            ${JSON.stringify(data.settings)}::jsonb, now())
    ON CONFLICT ("companyId", "name") DO NOTHING
    RETURNING "id"`;
  if (!created) return null;
  await tx.salesChannel.updateMany({ where: { companyId, integrationId: null }, data: { integrationId: created.id } });
  await tx.order.updateMany({ where: { companyId, integrationId: null }, data: { integrationId: created.id } });
  const row = await tx.integration.findUnique({ where: { id: created.id } });
  if (!row) throw notFound("integration");
  return row;
}

/**
 * Whether the save puts the integration on another agent or connection than it has: a move to
 * another agent or another of the agent's connections, or an agent for an integration that had
 * none. Either way the connection must be one the agent reported, of the integration's ERP, free.
 */
function changesConnection(
  before: TIntegrationView,
  input: { agentId: string | null; agentConnection: string },
): boolean {
  return before.agentId !== input.agentId || before.agentConnection !== input.agentConnection;
}

function namesErpValues(settings: TIntegrationSettings): boolean {
  return (
    settings.warehouses.length > 0 ||
    settings.vatMapping.length > 0 ||
    settings.unitMapping.length > 0 ||
    settings.deliveryMethods.some((d) => d.showroomWarehouseId !== null)
  );
}

/** The settings checked against the lists of the integration's own ERP connection, returned with its warehouses' names. */
async function checkAgainstErp(options: {
  actor: TActor;
  companyId: string;
  agentId: string;
  connection: string;
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
