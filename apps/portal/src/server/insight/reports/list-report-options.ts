import type { TActor } from "../../platform/auth/actor.ts";
import { getDb } from "../../platform/database/db.ts";
import { loadReportContext } from "./load-report-context.ts";

/** What the filter bar offers: the company's channels, warehouses in use and product groups. */
export async function listReportOptions(options: { actor: TActor; companyId: string }) {
  const context = await loadReportContext(options);
  const [groups, warehouses] = await Promise.all([
    getDb().erpProduct.findMany({
      where: { integrationId: { in: context.integrationIds }, groupId: { not: null } },
      select: { groupId: true, groupName: true },
      distinct: ["groupId"],
      orderBy: { groupId: "asc" },
    }),
    getDb().reportSalesMonth.findMany({
      where: { integrationId: { in: context.integrationIds } },
      select: { warehouseId: true },
      distinct: ["warehouseId"],
    }),
  ]);
  const warehouseIds = new Set([...context.warehouseRoles.keys(), ...warehouses.map((w) => w.warehouseId)]);
  return {
    context,
    channels: context.channels.map((c) => ({ id: c.id, name: c.name })),
    warehouses: [...warehouseIds]
      .filter((id) => id > 0)
      .sort((a, b) => a - b)
      .map((id) => ({
        id,
        name: context.warehouseNames.get(id) ?? null,
        showroom: context.warehouseRoles.get(id) === "showroom",
      })),
    groups: groups.map((g) => ({ id: g.groupId ?? 0, name: g.groupName ?? `#${g.groupId}` })),
  };
}
