import type { TActor } from "../../platform/auth/actor.ts";
import { getDb } from "../../platform/database/db.ts";
import { loadReportContext, readSource, type TReportContext } from "./load-report-context.ts";

/**
 * What the filter bar offers: the company's ERP sources (when it has several), channels, and the
 * warehouses in use and product groups of the source read. Warehouse and group ids are one ERP's
 * own: with several sources read at once there are none to offer until one is chosen.
 */
export async function listReportOptions(options: {
  actor: TActor;
  companyId: string;
  integrationId?: string;
  /** The report's context when the page has read it already (checked against the same caller). */
  context?: TReportContext;
}) {
  const context = options.context ?? readSource(await loadReportContext(options), options.integrationId);
  const [source] =
    context.integrationIds.length === 1 ? context.sources.filter((s) => s.id === context.integrationIds[0]) : [];
  const ids = source ? [source.id] : [];
  const [groups, warehouses] = await Promise.all([
    // DISTINCT in the database: the copy may hold tens of thousands of products.
    getDb().$queryRaw<{ groupId: number; groupName: string | null }[]>`
      SELECT DISTINCT ON ("groupId") "groupId", "groupName" FROM "ErpProduct"
      WHERE "integrationId" = ANY(${ids}::uuid[]) AND "groupId" IS NOT NULL ORDER BY "groupId"`,
    getDb().reportSalesMonth.findMany({
      where: { integrationId: { in: ids } },
      select: { warehouseId: true },
      distinct: ["warehouseId"],
    }),
  ]);
  const warehouseIds = new Set([...(source?.warehouseRoles.keys() ?? []), ...warehouses.map((w) => w.warehouseId)]);
  return {
    context,
    sources: context.sources.length > 1 ? context.sources.map((s) => ({ id: s.id, name: s.name })) : [],
    channels: context.channels.map((c) => ({ id: c.id, name: c.name })),
    warehouses: [...warehouseIds]
      .filter((id) => id > 0)
      .sort((a, b) => a - b)
      .map((id) => ({
        id,
        name: source?.warehouseNames.get(id) ?? null,
        showroom: source?.warehouseRoles.get(id) === "showroom",
      })),
    groups: groups.map((g) => ({ id: g.groupId, name: g.groupName ?? `#${g.groupId}` })),
  };
}
