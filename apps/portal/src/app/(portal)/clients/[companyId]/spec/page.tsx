import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { companyIntegrationIds } from "@/server/settings/company-integration.ts";
import { listIntegrations } from "@/server/erp-data/integrations/list-integrations.ts";
import { loadStaffPage } from "../load-staff-page.ts";
import { SpecView, type TSpecSearch } from "./spec-view.tsx";

/**
 * The client's specification: with one integration (or none yet), that one's, as before issue 19;
 * with several, which one's (each has its own settings and versions, so there is no company-wide one).
 */
export default async function SpecPage(props: {
  params: Promise<{ companyId: string }>;
  searchParams: Promise<TSpecSearch>;
}) {
  const [{ companyId }, search] = [await props.params, await props.searchParams];
  const several = await loadStaffPage(async (actor) =>
    (await companyIntegrationIds({ companyId })).length > 1 ? listIntegrations({ actor, companyId }) : null,
  );
  if (!several) return <SpecView companyId={companyId} search={search} />;
  const [t, erpTypes] = [await getTranslations("spec"), await getTranslations("integrations.erpTypes")];
  return (
    <section className="panel">
      <h2>{t("title")}</h2>
      <p>{t("chooseIntegration")}</p>
      <ul data-testid="spec-integrations">
        {several.map((integration) => (
          <li key={integration.id}>
            <Link href={`/clients/${companyId}/integrations/${integration.id}/spec`}>
              {integration.name} · {erpTypes(integration.erpType)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
