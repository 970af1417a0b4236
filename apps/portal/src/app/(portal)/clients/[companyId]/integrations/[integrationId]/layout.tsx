import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getIntegration } from "@/server/erp-data/integrations/get-integration.ts";
import { ClientTabs } from "../../client-tabs.tsx";
import { loadStaffPage } from "../../load-staff-page.ts";

const SECTIONS = ["settings", "sync", "products"] as const;

/** One integration of a client: its name, ERP type and its own sections (another company's: 404). */
export default async function IntegrationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ companyId: string; integrationId: string }>;
}) {
  const { companyId, integrationId } = await params;
  const integration = await loadStaffPage((actor) => getIntegration({ actor, companyId, integrationId }));
  const t = await getTranslations("integrations");
  const base = `/clients/${companyId}/integrations/${integrationId}`;
  return (
    <>
      <p className="muted" data-testid="integration-heading">
        {integration.name} · {t(`erpTypes.${integration.erpType}`)}
      </p>
      <ClientTabs
        label={t("sections.label")}
        tabs={SECTIONS.map((section) => ({ href: `${base}/${section}`, label: t(`sections.${section}`) }))}
      />
      {children}
    </>
  );
}
