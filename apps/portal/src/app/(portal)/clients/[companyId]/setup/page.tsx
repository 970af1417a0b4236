import { getFormatter, getTranslations } from "next-intl/server";
import { isDemo, publicUrl } from "@/env.ts";
import { listAgents } from "@/server/admin/agents/list-agents.ts";
import { listConnectionChoices } from "@/server/erp-data/integrations/list-connection-choices.ts";
import { getSetupDraft } from "@/server/erp-data/setup/get-setup-draft.ts";
import { LiveRefresh } from "../../../_components/live-refresh.tsx";
import { ClientChannels } from "../channels/client-channels.tsx";
import { loadStaffPage } from "../load-staff-page.ts";
import { SetupWizard } from "./setup-wizard.tsx";

export default async function SetupPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const { actor, draft, agents, choices } = await loadStaffPage(async (staff) => ({
    actor: staff,
    draft: await getSetupDraft({ actor: staff, companyId }),
    agents: await listAgents({ actor: staff, companyId }),
    // The ERP connections each agent reported, as "Add integration" offers them.
    choices: await listConnectionChoices({ actor: staff, companyId }),
  }));
  const [t, format] = [await getTranslations("setup"), await getFormatter()];
  return (
    <section>
      {/* Agent presence moves as the new agent enrolls and connects. */}
      <LiveRefresh url={`/api/agents/events?companyId=${companyId}`} minIntervalMs={1000} />
      <h2>{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      {draft.savedVersion > 0 && <p className="notice">{t("configured", { version: draft.savedVersion })}</p>}
      {draft.setAside && (
        <p role="status" className="notice">
          {t("setAside")}
        </p>
      )}
      {draft.updated && (
        <p className="muted">
          {t("resumed", {
            by: draft.updated.by,
            at: format.dateTime(draft.updated.at, { dateStyle: "short", timeStyle: "short" }),
          })}
        </p>
      )}
      <SetupWizard
        companyId={companyId}
        portalUrl={publicUrl}
        demo={isDemo}
        draft={draft}
        agents={agents
          .filter((a) => !a.revokedAt)
          .map((a) => ({
            id: a.id,
            name: a.name,
            online: a.online,
            enrolled: a.enrolledAt !== null,
            erpServer: a.erpServer,
            sferaCheck: a.sferaCheck,
            connections: choices.find((c) => c.id === a.id)?.connections ?? [],
          }))}
        channels={<ClientChannels actor={actor} companyId={companyId} />}
      />
    </section>
  );
}
