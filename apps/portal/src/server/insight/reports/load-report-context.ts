import type { TActor } from "../../platform/auth/actor.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import { getDb } from "../../platform/database/db.ts";
import { readSettings } from "../../settings/integration-settings.ts";
import { warehouseLabel } from "../../settings/warehouse-label.ts";

/**
 * The company a report is about, checked against the caller (a client user gets only their own
 * company; another company's id is "not found", as a missing one is), with what labels and the
 * point of contact need: showroom warehouses from the integration settings, and the channels.
 */
export async function loadReportContext(options: { actor: TActor; companyId: string }) {
  const db = getDb();
  const company = await getCompany({ actor: options.actor, companyId: options.companyId });
  const [integration, channels] = await Promise.all([
    db.integration.findUnique({ where: { companyId: company.id }, select: { settings: true } }),
    db.salesChannel.findMany({
      where: { companyId: company.id },
      select: { id: true, name: true, kind: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const warehouses = integration ? readSettings(integration.settings).warehouses : [];
  return {
    company: { id: company.id, name: company.name },
    showrooms: warehouses.filter((w) => w.role === "showroom").map((w) => w.erpId),
    warehouseRoles: new Map(warehouses.map((w) => [w.erpId, w.role])),
    /** "MAG — Magazyn główny" for the warehouses whose ERP names the settings keep. */
    warehouseNames: new Map(
      warehouses.filter((w) => w.code).map((w) => [w.erpId, warehouseLabel(warehouses, w.erpId)]),
    ),
    channels,
  };
}

export type TReportContext = Awaited<ReturnType<typeof loadReportContext>>;
