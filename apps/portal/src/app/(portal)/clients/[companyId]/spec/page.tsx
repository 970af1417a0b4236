import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { companyIntegrationIds } from "@/server/settings/company-integration.ts";
import { listIntegrations } from "@/server/erp-data/integrations/list-integrations.ts";
import { loadStaffPage } from "../load-staff-page.ts";
import { SpecView, type TSpecSearch } from "./spec-view.tsx";

/**
 * The client's specification tab: the company's first integration's, as before issue 19 (links and
 * printouts made then still work); with several, each one's own specification is a link away.
 */
export default async function SpecPage(props: {
  params: Promise<{ companyId: string }>;
  searchParams: Promise<TSpecSearch>;
}) {
  const [{ companyId }, search] = [await props.params, await props.searchParams];
  const several = await loadStaffPage(async (actor) =>
    (await companyIntegrationIds({ companyId })).length > 1 ? listIntegrations({ actor, companyId }) : [],
  );
  const [t, erpTypes] = [await getTranslations("spec"), await getTranslations("integrations.erpTypes")];
  return (
    <>
      {several.length > 0 && (
        <nav className="panel no-print" aria-label={t("integrationsLabel")} data-testid="spec-integrations">
          <p>{t("severalIntegrations")}</p>
          <ul>
            {several.map((integration) => (
              <li key={integration.id}>
                <Link href={`/clients/${companyId}/integrations/${integration.id}/spec`}>
                  {integration.name} · {erpTypes(integration.erpType)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <SpecView companyId={companyId} search={search} />
    </>
  );
}
