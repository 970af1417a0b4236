import { getTranslations } from "next-intl/server";
import { listAgents } from "@/server/admin/agents/list-agents.ts";
import { getIntegration } from "@/server/erp-data/integrations/get-integration.ts";
import { listConnectionChoices } from "@/server/erp-data/integrations/list-connection-choices.ts";
import { erpTakesOrders } from "@/server/settings/erp-type.ts";
import { loadStaffPage } from "../load-staff-page.ts";
import { IntegrationForm } from "./integration-form.tsx";

/** One integration's settings (the company's first when `integrationId` is null). */
export async function IntegrationView({
  companyId,
  integrationId,
}: {
  companyId: string;
  integrationId: string | null;
}) {
  const { integration, agents, choices } = await loadStaffPage(async (actor) => ({
    integration: await getIntegration({ actor, companyId, integrationId }),
    agents: await listAgents({ actor, companyId }),
    // The ERP connections each agent reported: the integration may move to another (same database).
    choices: await listConnectionChoices({ actor, companyId }),
  }));
  const [t, types] = [await getTranslations("integration"), await getTranslations("integrations.erpTypes")];
  const usable = agents
    .filter((a) => !a.revokedAt || a.id === integration.agentId)
    .map((a) => ({
      id: a.id,
      name: a.name,
      online: a.online,
      erpServer: a.erpServer,
      connections: choices.find((c) => c.id === a.id)?.connections ?? [],
    }));
  return (
    <section>
      <h2>{integrationId ? `${t("title")}: ${integration.name}` : t("title")}</h2>
      <p className="muted">
        {types(integration.erpType)} · {t("intro")}
      </p>
      <IntegrationForm
        companyId={companyId}
        integrationId={integration.id}
        agents={usable}
        erpType={integration.erpType}
        readOnly={!erpTakesOrders(integration.erpType)}
        initial={{
          agentId: integration.agentId,
          agentConnection: integration.agentConnection,
          version: integration.version,
          settings: integration.settings,
        }}
      />
    </section>
  );
}
