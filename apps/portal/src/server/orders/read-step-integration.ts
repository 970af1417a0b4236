import { Prisma } from "../../generated/prisma/client.ts";
import type { TTx } from "../platform/database/db.ts";
import { readSettings } from "../settings/integration-settings.ts";
import type { TStepIntegration } from "./decide-erp-step.ts";

/**
 * A subquery: the company's integration as one JSON value `{ agentId, settings }` (NULL: none),
 * for a statement that reads it beside other things (the intake's). A revoked agent is no agent:
 * the order waits for staff to assign another rather than failing.
 */
export function stepIntegrationSql(companyId: string): Prisma.Sql {
  return Prisma.sql`SELECT json_build_object('agentId', a."id", 'settings', i."settings") FROM "Integration" i
    LEFT JOIN "Agent" a ON a."id" = i."agentId" AND a."revokedAt" IS NULL
    WHERE i."companyId" = ${companyId}::uuid`;
}

/** The subquery's value as the decision takes it. */
export function toStepIntegration(value: unknown): TStepIntegration | null {
  if (value === null || value === undefined) return null;
  const { agentId, settings } = value as { agentId: string | null; settings: unknown };
  return { agentId, settings: readSettings(settings) };
}

export async function readStepIntegration(options: { tx: TTx; companyId: string }): Promise<TStepIntegration | null> {
  const [row] = await options.tx.$queryRaw<{ integration: unknown }[]>`
    SELECT (${stepIntegrationSql(options.companyId)}) AS "integration"`;
  return toStepIntegration(row?.integration);
}
