import type { TActor } from "../../platform/auth/actor.ts";
import type { TTx } from "../../platform/database/db.ts";
import { DEFAULT_SETTINGS, readSettings } from "../../settings/integration-settings.ts";
import { findStaffIntegration } from "./find-staff-integration.ts";
import { DEFAULT_CONNECTION } from "@erp-bridge/shared";
import { DEFAULT_INTEGRATION_NAME } from "../../settings/erp-type.ts";

/** What a company's first integration is called until staff name it (and what migrated ones got). */
export const FIRST_INTEGRATION_NAME = DEFAULT_INTEGRATION_NAME.SUBIEKT_GT;

/**
 * One of a company's integrations as staff edit it: the one named (it must be the company's),
 * else the company's first. A company without one gets the defaults, version 0.
 */
export async function getIntegration(options: {
  actor: TActor;
  companyId: string;
  integrationId?: string | null;
  tx?: TTx;
}) {
  const { integration: row } = await findStaffIntegration(options);
  if (!row)
    return {
      id: null,
      companyId: options.companyId,
      name: FIRST_INTEGRATION_NAME,
      agentId: null,
      agentConnection: DEFAULT_CONNECTION,
      erpType: "SUBIEKT_GT" as const,
      version: 0,
      settings: DEFAULT_SETTINGS,
    };
  return {
    id: row.id,
    companyId: row.companyId,
    name: row.name,
    agentId: row.agentId,
    agentConnection: row.agentConnection,
    erpType: row.erpType,
    version: row.version,
    settings: readSettings(row.settings),
  };
}

export type TIntegrationView = Awaited<ReturnType<typeof getIntegration>>;
