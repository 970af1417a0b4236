import { getTranslations } from "next-intl/server";
import { listApiKeys } from "@/server/api-keys/list-api-keys.ts";
import { listChannels } from "@/server/channels/list-channels.ts";
import { getIntegration } from "@/server/integrations/get-integration.ts";
import { loadStaffPage } from "../load-staff-page.ts";
import { ChannelsEditor } from "./channels-editor.tsx";

export default async function ChannelsPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const { integration, channels, keys } = await loadStaffPage(async (actor) => ({
    integration: await getIntegration({ actor, companyId }),
    channels: await listChannels({ actor, companyId }),
    keys: await listApiKeys({ actor, companyId }),
  }));
  const t = await getTranslations("channels");
  return (
    <section>
      <h2>{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      <ChannelsEditor
        companyId={companyId}
        agentId={integration.agentId}
        channels={channels}
        keys={keys}
        integrationWarehouses={integration.settings.warehouses}
      />
    </section>
  );
}
