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
  const [integrations, channels] = await Promise.all([
    db.integration.findMany({
      where: { companyId: company.id },
      select: { id: true, settings: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.salesChannel.findMany({
      where: { companyId: company.id },
      select: { id: true, name: true, kind: true },
      orderBy: { name: "asc" },
    }),
  ]);
  // *Until reports split by integration (a follow-up)*: warehouse roles and names are the first
  // integration's; another integration's warehouse ids are read as if they were its.
  const first = integrations[0];
  const warehouses = first ? readSettings(first.settings).warehouses : [];
  return {
    company: { id: company.id, name: company.name },
    /** Every integration of the company: company-wide figures sum their rollups. */
    integrationIds: integrations.map((i) => i.id),
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
