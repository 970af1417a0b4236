import { getTranslations } from "next-intl/server";
import type { TSyncOverview } from "@/server/erp-data/sync/list-sync-overview.ts";
import { AgentStatus } from "../agents/agent-status.tsx";

/** The agent a client's integration uses, with its presence. */
export async function AgentCell({ integration }: { integration: TSyncOverview[number]["integration"] }) {
  const t = await getTranslations("syncOverview");
  if (!integration) return "—";
  if (!integration.agent) return <span className="muted">{t("noAgent")}</span>;
  return (
    <>
      {integration.agent.name} <AgentStatus agent={integration.agent} />
    </>
  );
}
