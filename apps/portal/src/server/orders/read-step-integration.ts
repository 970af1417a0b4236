import { Prisma } from "../../generated/prisma/client.ts";
import { servesConnectionSql } from "../agent-link/outbox-command.ts";
import type { TTx } from "../platform/database/db.ts";
import { readSettings } from "../settings/integration-settings.ts";
import type { TStepIntegration } from "./decide-erp-step.ts";

/**
 * A subquery: the integration as one JSON value `{ agentId, connection, connectionKnown, settings }`
 * (NULL: none), for a statement that reads it beside other things (the intake's). A revoked agent
 * is no agent: the order waits for staff to assign another rather than failing. `connectionKnown`:
 * the agent listed the integration's ERP connection (the default one always counts).
 */
export function stepIntegrationSql(integrationId: string | null): Prisma.Sql {
  const serves = servesConnectionSql(Prisma.sql`a."erpConnections"`, Prisma.sql`i."agentConnection"`);
  return Prisma.sql`SELECT json_build_object('agentId', a."id", 'connection', i."agentConnection",
      'connectionKnown', ${serves}, 'settings', i."settings")
    FROM "Integration" i
    LEFT JOIN "Agent" a ON a."id" = i."agentId" AND a."revokedAt" IS NULL
    WHERE i."id" = ${integrationId}::uuid`;
}

/** The subquery's value as the decision takes it. */
export function toStepIntegration(value: unknown): TStepIntegration | null {
  if (value === null || value === undefined) return null;
  const { settings, ...rest } = value as Omit<TStepIntegration, "settings"> & { settings: unknown };
  return { ...rest, settings: readSettings(settings) };
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
