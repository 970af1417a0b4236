import type { TTx } from "../../platform/database/db.ts";
import type { TIntegrationSettings } from "../../settings/integration-settings.ts";
import { DATA_GROUP_NAMES, DATA_GROUPS } from "./data-groups.ts";

/**
 * Keeps each data group's schedule of one integration in line with the settings: an enabled group is due at once
 * if it never ran, and no later than one interval from now; a disabled one is never due.
 */
export async function scheduleDataGroups(options: {
  tx: TTx;
  companyId: string;
  integrationId: string;
  settings: TIntegrationSettings;
}) {
  for (const group of DATA_GROUP_NAMES) {
    const settings = options.settings.dataGroups[DATA_GROUPS[group].key];
    await options.tx.$executeRaw`
      INSERT INTO "SyncState" ("integrationId", "companyId", "group", "nextRunAt")
      VALUES (${options.integrationId}::uuid, ${options.companyId}::uuid, ${group}::"DataGroup",
              CASE WHEN ${settings.enabled} THEN now() END)
      ON CONFLICT ("integrationId", "group") DO UPDATE
      SET "nextRunAt" = CASE WHEN NOT ${settings.enabled} THEN NULL
                             ELSE least(coalesce("SyncState"."nextRunAt", now()), now() + make_interval(secs => ${settings.intervalSeconds})) END`;
  }
}
