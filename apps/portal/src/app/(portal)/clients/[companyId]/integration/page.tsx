import { getTranslations } from "next-intl/server";
import { listAgents } from "@/server/admin/agents/list-agents.ts";
import { getIntegration } from "@/server/erp-data/integrations/get-integration.ts";
import { loadStaffPage } from "../load-staff-page.ts";
import { IntegrationForm } from "./integration-form.tsx";

export default async function IntegrationPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const { integration, agents } = await loadStaffPage(async (actor) => ({
    integration: await getIntegration({ actor, companyId }),
    agents: await listAgents({ actor, companyId }),
  }));
  const t = await getTranslations("integration");
  const usable = agents
    .filter((a) => !a.revokedAt || a.id === integration.agentId)
    .map((a) => ({ id: a.id, name: a.name, online: a.online, erpServer: a.erpServer }));
  return (
    <section>
      <h2>{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      <IntegrationForm
        companyId={companyId}
        agents={usable}
        initial={{ agentId: integration.agentId, version: integration.version, settings: integration.settings }}
      />
    </section>
  );
}
