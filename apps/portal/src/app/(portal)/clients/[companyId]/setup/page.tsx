import { getFormatter, getTranslations } from "next-intl/server";
import { isDemo, publicUrl } from "@/env.ts";
import { listAgents } from "@/server/admin/agents/list-agents.ts";
import { listConnectionChoices } from "@/server/erp-data/integrations/list-connection-choices.ts";
import { listIntegrations } from "@/server/erp-data/integrations/list-integrations.ts";
import { getSetupDraft } from "@/server/erp-data/setup/get-setup-draft.ts";
import { LiveRefresh } from "../../../_components/live-refresh.tsx";
import { ClientChannels } from "../channels/client-channels.tsx";
import { loadStaffPage } from "../load-staff-page.ts";
import { SetupChooser } from "./setup-chooser.tsx";
import { SetupWizard } from "./setup-wizard.tsx";

/**
 * The setup wizard for one integration: `?integration=ID` sets that one up again (another
 * company's is 404), `?integration=new` a new one. Without it, a company with one integration (or
 * none) gets the wizard for it as it always did; one with several is asked which.
 */
export default async function SetupPage({
  params,
  searchParams,
}: {
  params: Promise<{ companyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { companyId } = await params;
  const requested = (await searchParams).integration;
  const integrationId = requested === undefined ? undefined : requested === "new" ? null : String(requested);
  const integrations = await loadStaffPage((staff) => listIntegrations({ actor: staff, companyId }));
  const [t, types, format] = [
    await getTranslations("setup"),
    await getTranslations("integrations.erpTypes"),
    await getFormatter(),
  ];
  if (integrationId === undefined && integrations.length > 1) {
    return (
      <section>
        <h2>{t("title")}</h2>
        <SetupChooser companyId={companyId} integrations={integrations} />
      </section>
    );
  }
  const { actor, draft, agents, choices } = await loadStaffPage(async (staff) => ({
    actor: staff,
    draft: await getSetupDraft({ actor: staff, companyId, integrationId }),
    agents: await listAgents({ actor: staff, companyId }),
    // The ERP connections each agent reported, as "Add integration" offers them.
    choices: await listConnectionChoices({ actor: staff, companyId }),
  }));
  return (
    <section>
      {/* Agent presence moves as the new agent enrolls and connects. */}
      <LiveRefresh url={`/api/agents/events?companyId=${companyId}`} minIntervalMs={1000} />
      <h2>{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      {draft.integration && integrations.length > 1 && (
        <p data-testid="setup-target">
          {t("target", { name: draft.integration.name, erp: types(draft.integration.erpType) })}
        </p>
      )}
      {!draft.integration && integrations.length > 0 && <p data-testid="setup-target">{t("newTarget")}</p>}
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
        takenNames={integrations.map((i) => i.name)}
        agents={agents
          .filter((a) => !a.revokedAt)
          .map((a) => ({
            id: a.id,
            name: a.name,
            online: a.online,
            enrolled: a.enrolledAt !== null,
            erpServer: a.erpServer,
            sferaChecks: a.sferaChecks,
            connections: choices.find((c) => c.id === a.id)?.connections ?? [],
          }))}
        channels={<ClientChannels actor={actor} companyId={companyId} />}
      />
    </section>
  );
}
