import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { listConnectionChoices } from "@/server/erp-data/integrations/list-connection-choices.ts";
import { listIntegrations } from "@/server/erp-data/integrations/list-integrations.ts";
import { loadStaffPage } from "../load-staff-page.ts";
import { AddIntegrationForm } from "./add-integration-form.tsx";
import { IntegrationsTable } from "./integrations-table.tsx";

/** A client's integrations (one per ERP database it connects) and "Add integration". */
export default async function IntegrationsPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const { integrations, agents } = await loadStaffPage(async (actor) => ({
    integrations: await listIntegrations({ actor, companyId }),
    agents: await listConnectionChoices({ actor, companyId }),
  }));
  const t = await getTranslations("integrations");
  return (
    <section>
      <h2>{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      {integrations.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <IntegrationsTable companyId={companyId} integrations={integrations} />
      )}
      <p>
        <Link href={`/clients/${companyId}/setup?integration=new`}>{t("setUpNew")}</Link>
      </p>
      <AddIntegrationForm companyId={companyId} agents={agents} />
    </section>
  );
}
