import type { Integration } from "../../../generated/prisma/client.ts";
import { readErpLists } from "../../erp-data/integrations/read-erp-lists.ts";
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
 * Read live through that integration's agent and ERP connection, as the form offers them; with the
 * agent unable to answer, the warehouses are checked against what the integration knows without it
 * (its settings and its stock copy) and the price level not at all. `warehouseIds` as the input
 * lists them (a refusal names its index); `checked`: ids already accepted for this integration (an
 * edit checks only what it adds). Run before the save's transaction: a live read must not hold the
 * single embedded connection.
 */
export async function checkChannelErp(options: {
  actor: TActor;
  companyId: string;
  integration: Integration | null;
  warehouseIds: number[];
  checked?: number[];
  priceLevel: number | null;
}): Promise<void> {
  const { integration } = options;
  const unchecked = options.warehouseIds.filter((id) => !options.checked?.includes(id));
  if (!integration || (unchecked.length === 0 && options.priceLevel === null)) return;
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
  actor: TActor;
  companyId: string;
  integration: Integration;
  warehouseIds: number[];
}): Promise<TKnown> {
  const { integration } = options;
  if (integration.agentId) {
    try {
      const lists = await readErpLists({
        actor: options.actor,
        companyId: options.companyId,
        agentId: integration.agentId,
        connection: integration.agentConnection,
      });
      return {
        warehouses: new Set(lists.warehouses.map((w) => w.id)),
        priceLevels: new Set(lists.priceLevels.map((p) => p.level)),
      };
    } catch (error) {
      // Offline, revoked, silent, or not (yet) serving the connection: checked below without it.
      const cannotAnswer = (error instanceof AppError && error.code === "UNAVAILABLE") || isUnknownConnection(error);
      if (!cannotAnswer) throw error;
    }
  }
  return { warehouses: await warehousesWithoutAgent(integration, options.warehouseIds), priceLevels: null };
}

/** The given warehouses the integration's settings name or its stock copy holds; null when it knows none at all. */
async function warehousesWithoutAgent(integration: Integration, ids: number[]): Promise<Set<number> | null> {
  const inSettings = readSettings(integration.settings).warehouses.map((w) => w.erpId);
  const [copy] = await getDb().$queryRaw<{ found: number[]; any: boolean }[]>`
    SELECT coalesce(array_agg(w) FILTER (WHERE EXISTS (SELECT 1 FROM "ErpStock" s
             WHERE s."integrationId" = ${integration.id}::uuid AND s."warehouseId" = w)), '{}') AS "found",
           EXISTS (SELECT 1 FROM "ErpStock" s WHERE s."integrationId" = ${integration.id}::uuid) AS "any"
    FROM unnest(${ids}::int[]) w`;
  const inCopy = copy?.found ?? [];
  if (inSettings.length === 0 && !copy?.any) return null;
  return new Set([...inSettings, ...inCopy]);
}
