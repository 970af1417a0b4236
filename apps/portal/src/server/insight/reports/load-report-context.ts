import type { TActor } from "../../platform/auth/actor.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import { getDb } from "../../platform/database/db.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { readSettings } from "../../settings/integration-settings.ts";
import { warehouseLabel } from "../../settings/warehouse-label.ts";
import type { TShowrooms } from "./point-of-contact.ts";

/**
 * The company a report is about, checked against the caller (a client user gets only their own
 * company; another company's id is "not found", as a missing one is), with what labels and the
 * point of contact need: each integration (ERP source) with its showroom warehouses and warehouse
 * names from its own settings, and the channels. The report reads every integration of the company
 * until narrowed to one (readSource).
 */
export async function loadReportContext(options: { actor: TActor; companyId: string }): Promise<TReportContext> {
  const db = getDb();
  const company = await getCompany({ actor: options.actor, companyId: options.companyId });
  const [integrations, channels] = await Promise.all([
    db.integration.findMany({
      where: { companyId: company.id },
      select: { id: true, name: true, erpType: true, settings: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.salesChannel.findMany({
      where: { companyId: company.id },
      select: { id: true, name: true, kind: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const sources = integrations.map((integration) => {
    const { warehouses } = readSettings(integration.settings);
    return {
      id: integration.id,
      name: integration.name,
      erpType: integration.erpType,
      showrooms: warehouses.filter((w) => w.role === "showroom").map((w) => w.erpId),
      warehouseRoles: new Map(warehouses.map((w) => [w.erpId, w.role])),
      /** "MAG — Magazyn główny" for the warehouses whose ERP names the settings keep. */
      warehouseNames: new Map(
        warehouses.filter((w) => w.code).map((w) => [w.erpId, warehouseLabel(warehouses, w.erpId)]),
      ),
    };
  });
  return readSource({ company: { id: company.id, name: company.name }, sources, channels });
}

/** One integration of the company as the reports see it. */
export type TReportSource = {
  id: string;
  name: string;
  erpType: string;
  showrooms: number[];
  warehouseRoles: Map<number, string>;
  warehouseNames: Map<number, string>;
};

export type TReportContext = {
  company: { id: string; name: string };
  /** Every integration of the company, oldest first: what the source filter offers. */
  sources: TReportSource[];
  /** The integrations the report reads: all of the company's (figures sum them), or the one chosen. */
  integrationIds: string[];
  showrooms: TShowrooms;
  channels: { id: string; name: string; kind: string }[];
};

/**
 * The context reading one ERP source (`integrationId`), or all of them without it. An id that is
 * not one of the company's integrations (another company's) is "not found", as in
 * findCompanyIntegration.
 */
export function readSource(
  context: Pick<TReportContext, "company" | "sources" | "channels">,
  integrationId?: string,
): TReportContext {
  const { sources } = context;
  if (integrationId && !sources.some((s) => s.id === integrationId)) throw notFound("integration");
  const read = integrationId ? sources.filter((s) => s.id === integrationId) : sources;
  return {
    ...context,
    integrationIds: read.map((s) => s.id),
    showrooms: read.map((s) => ({ integrationId: s.id, warehouseIds: s.showrooms })),
  };
}

/** Rows of several integrations meet in the report: say which source each came from. */
export function severalSources(context: TReportContext): boolean {
  return context.integrationIds.length > 1;
}

/** A source's name by its id ("" for none). */
export function sourceName(context: TReportContext, integrationId: string | undefined): string {
  return context.sources.find((s) => s.id === integrationId)?.name ?? "";
}

/** The names of the given sources, in the company's order. */
export function sourceNames(context: TReportContext, integrationIds: string[]): string {
  return context.sources
    .filter((s) => integrationIds.includes(s.id))
    .map((s) => s.name)
    .join(", ");
}
