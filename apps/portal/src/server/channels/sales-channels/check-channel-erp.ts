import type { Integration } from "../../../generated/prisma/client.ts";
import { readErpDictionary } from "../../erp-data/integrations/read-erp-dictionary.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { getDb } from "../../platform/database/db.ts";
import { AppError, invalidInput, isUnknownConnection } from "../../platform/errors/app-error.ts";
import { fieldProblem, type TFieldErrors } from "../../platform/errors/field-problem.ts";
import { readSettings } from "../../settings/integration-settings.ts";

/** What the channel's ERP has, as far as the portal can tell now; null: nothing to check against. */
type TKnown = { warehouses: Set<number> | null; priceLevels: Set<number> | null };

/**
 * Refuses warehouses and a price level that the channel's own integration's ERP does not have
 * (a channel moved to a second integration keeps ids that meant something in the first one's ERP).
 * The integration's own settings' warehouses were checked against its ERP when they were saved; the
 * others, and a price level, are read live through that integration's agent and ERP connection (only
 * the lists needed), as the form offers them; with the agent unable to answer, the warehouses are
 * checked against what its stock copy knows and the price level not at all. `warehouseIds` as the
 * input lists them (a refusal names its index); `checked`: ids already accepted for this integration
 * (an edit checks only what it adds). Run before the save's transaction: a live read must not hold
 * the single embedded connection.
 */
export async function checkChannelErp(options: {
  actor: TActor;
  companyId: string;
  integration: Integration | null;
  warehouseIds: number[];
  checked?: number[];
  priceLevel: number | null;
}): Promise<void> {
  requireStaff(options.actor);
  const { integration } = options;
  if (!integration) return;
  const inSettings = readSettings(integration.settings).warehouses.map((w) => w.erpId);
  const unchecked = options.warehouseIds.filter((id) => !options.checked?.includes(id) && !inSettings.includes(id));
  if (unchecked.length === 0 && options.priceLevel === null) return;
  const known = await knownToErp({ ...options, integration, warehouseIds: unchecked });
  const errors: TFieldErrors = {};
  const named = { integration: integration.name };
  options.warehouseIds.forEach((id, index) => {
    if (known.warehouses && unchecked.includes(id) && !known.warehouses.has(id)) {
      errors[`warehouseIds.${index}`] = [fieldProblem("noWarehouseInIntegration", { id, ...named })];
    }
  });
  const level = options.priceLevel;
  if (level !== null && known.priceLevels && !known.priceLevels.has(level)) {
    errors.priceLevel = [fieldProblem("noPriceLevelInIntegration", { level, ...named })];
  }
  if (Object.keys(errors).length > 0) throw invalidInput(errors);
}

async function knownToErp(options: {
  companyId: string;
  integration: Integration;
  warehouseIds: number[];
  priceLevel: number | null;
}): Promise<TKnown> {
  const { integration } = options;
  if (integration.agentId) {
    const read = {
      companyId: options.companyId,
      agentId: integration.agentId,
      connection: integration.agentConnection,
    };
    try {
      const warehouses = options.warehouseIds.length
        ? await readErpDictionary({ ...read, resource: "warehouses" })
        : null;
      const priceLevels =
        options.priceLevel === null ? null : await readErpDictionary({ ...read, resource: "priceLevels" });
      return {
        warehouses: warehouses && new Set(warehouses.map((w) => w.id)),
        priceLevels: priceLevels && new Set(priceLevels.map((p) => p.level)),
      };
    } catch (error) {
      // Offline, revoked, silent, or not (yet) serving the connection: checked below without it.
      const cannotAnswer = (error instanceof AppError && error.code === "UNAVAILABLE") || isUnknownConnection(error);
      if (!cannotAnswer) throw error;
    }
  }
  return { warehouses: await warehousesInCopy(integration, options.warehouseIds), priceLevels: null };
}

/** The given warehouses the integration's stock copy holds; null when the copy holds no stock at all. */
async function warehousesInCopy(integration: Integration, ids: number[]): Promise<Set<number> | null> {
  const [copy] = await getDb().$queryRaw<{ found: number[]; any: boolean }[]>`
    SELECT coalesce(array_agg(w) FILTER (WHERE EXISTS (SELECT 1 FROM "ErpStock" s
             WHERE s."integrationId" = ${integration.id}::uuid AND s."warehouseId" = w)), '{}') AS "found",
           EXISTS (SELECT 1 FROM "ErpStock" s WHERE s."integrationId" = ${integration.id}::uuid) AS "any"
    FROM unnest(${ids}::int[]) w`;
  return copy?.any ? new Set(copy.found) : null;
}
