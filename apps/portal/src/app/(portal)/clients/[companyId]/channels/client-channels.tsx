import { listApiKeys } from "@/server/channels/api-keys/list-api-keys.ts";
import type { TActor } from "@/server/platform/auth/actor.ts";
import { listChannels } from "@/server/channels/sales-channels/list-channels.ts";
import { getIntegration } from "@/server/erp-data/integrations/get-integration.ts";
import { listIntegrations } from "@/server/erp-data/integrations/list-integrations.ts";
import { ChannelsEditor } from "./channels-editor.tsx";

/** The company's channels and keys, editable: on the Channels tab and in the setup wizard. */
export async function ClientChannels({ actor, companyId }: { actor: TActor; companyId: string }) {
  const [first, summaries, channels, keys] = [
    await getIntegration({ actor, companyId }),
    await listIntegrations({ actor, companyId }),
    await listChannels({ actor, companyId }),
    await listApiKeys({ actor, companyId }),
  ];
  const integrations = await Promise.all(
    summaries.map(async (summary) => ({
      id: summary.id,
      name: summary.name,
      readOnly: summary.readOnly,
      warehouses:
        summary.id === first.id
          ? first.settings.warehouses
          : (await getIntegration({ actor, companyId, integrationId: summary.id })).settings.warehouses,
    })),
  );
  return (
    <ChannelsEditor
      companyId={companyId}
      agentId={first.agentId}
      agentConnection={first.agentConnection}
      channels={channels}
      keys={keys}
      integrations={integrations}
    />
  );
}
