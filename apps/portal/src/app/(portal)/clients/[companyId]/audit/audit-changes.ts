import { diffSettings } from "@/server/erp-data/integrations/diff-settings.ts";

/** Bookkeeping every entity carries: its ids and row times say nothing about what was changed. */
const NOT_CHANGES = new Set(["", "id", "companyId", "createdAt", "updatedAt", "createdBy"]);

export type TAuditChangeRow = { path: string[]; before: unknown; after: unknown };

/**
 * An audit entry's before and after as the fields that differ, each a path of keys (the
 * integration's settings are nested: ["settings", "dataGroups", "stock", "intervalSeconds"]).
 * A creation lists what was set; the removal of a whole entity, what it had.
 */
export function auditChanges(entry: { before: unknown; after: unknown }): TAuditChangeRow[] {
  return diffSettings(entry.before ?? {}, entry.after ?? {})
    .map((change) => ({ path: change.path.split("."), before: change.before, after: change.after }))
    .filter((change) => !(change.path.length === 1 && NOT_CHANGES.has(change.path[0] ?? "")));
}
