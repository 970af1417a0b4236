import { Prisma, type ErpType } from "../../generated/prisma/client.ts";
import { servesConnectionSql } from "../agent-link/outbox-command.ts";
import type { TTx } from "../platform/database/db.ts";
import { WRITING_ERP_TYPES, ZErpType } from "@erp-bridge/shared";
import { erpTakesOrders } from "../settings/erp-type.ts";
import { readSettings, type TIntegrationSettings } from "../settings/integration-settings.ts";
import type { TStepIntegration } from "./decide-erp-step.ts";

/**
 * A subquery: the integration as one JSON value `{ agentId, connection, connectionKnown, name,
 * erpType, connectionErpType, settings }` (NULL: none), for a statement that reads it beside other
 * things (the intake's). A revoked agent is no agent: the order waits for staff to assign another
 * rather than failing. `connectionKnown`: the agent listed the integration's ERP connection (the
 * default one always counts); `connectionErpType`: the ERP type the agent reported for it.
 * `integrationId`: its value, or an expression of the statement that reads the subquery.
 */
export function stepIntegrationSql(integrationId: string | null | Prisma.Sql): Prisma.Sql {
  const serves = servesConnectionSql(Prisma.sql`a."erpConnections"`, Prisma.sql`i."agentConnection"`);
  // The settings as their stored text: parsed once per distinct text (settingsOf), not per order.
  return Prisma.sql`SELECT json_build_object('agentId', a."id", 'connection', i."agentConnection",
      'connectionKnown', ${serves}, 'name', i."name", 'erpType', i."erpType",
      'connectionErpType', (SELECT c->>'erpType' FROM jsonb_array_elements(
        CASE WHEN jsonb_typeof(a."erpConnections") = 'array' THEN a."erpConnections" ELSE '[]'::jsonb END) c
        WHERE c->>'key' = i."agentConnection" LIMIT 1),
      'settings', i."settings"::text)
    FROM "Integration" i
    LEFT JOIN "Agent" a ON a."id" = i."agentId" AND a."revokedAt" IS NULL
    WHERE i."id" = ${integrationId}::uuid`;
}

type TStepIntegrationRow = Omit<TStepIntegration, "settings" | "readOnly"> & {
  erpType: ErpType;
  connectionErpType: string | null;
  /** The stored settings' text: parsed once per distinct text (settingsOf). */
  settings: string;
};

/**
 * The subquery's value as the decision takes it. Read-only: the integration's ERP type takes no
 * orders, or the agent says the connection it names speaks one that does not (a connection
 * re-pointed at an Optima database): no write may reach either.
 */
export function toStepIntegration(value: unknown): TStepIntegration | null {
  if (value === null || value === undefined) return null;
  const { settings, erpType, connectionErpType, ...rest } = value as TStepIntegrationRow;
  const reported = ZErpType.safeParse(connectionErpType);
  const readOnly = !erpTakesOrders(erpType) || (reported.success && !WRITING_ERP_TYPES.includes(reported.data));
  return { ...rest, readOnly, settings: settingsOf(settings) };
}

/** More distinct settings than integrations a process serves at once would be churn: start afresh. */
const MAX_PARSED_SETTINGS = 1_000;
const parsedSettings = new Map<string, TIntegrationSettings>();

/**
 * Settings parsed and checked once per distinct stored text: every order of an integration reads
 * the same settings until someone saves them, so checking them against their schema on every order
 * repeated the same work (the largest schema the intake checks). Keyed by the text itself,
 * so a change made any way at all (a save, a migration, a test's direct update) is a new entry, never
 * a stale one. Shared between callers, hence frozen: a caller that tried to change them would throw.
 */
function settingsOf(text: string): TIntegrationSettings {
  const known = parsedSettings.get(text);
  if (known) return known;
  const settings = deepFreeze(readSettings(JSON.parse(text)));
  if (parsedSettings.size >= MAX_PARSED_SETTINGS) parsedSettings.clear();
  parsedSettings.set(text, settings);
  return settings;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The integration an order was taken for (null: its channel had none then). */
export async function readStepIntegration(options: {
  tx: TTx;
  integrationId: string | null;
}): Promise<TStepIntegration | null> {
  const [row] = await options.tx.$queryRaw<{ integration: unknown }[]>`
    SELECT (${stepIntegrationSql(options.integrationId)}) AS "integration"`;
  return toStepIntegration(row?.integration);
}
