import { listApiKeys } from "@/server/channels/api-keys/list-api-keys.ts";
import type { TActor } from "@/server/platform/auth/actor.ts";
import { listChannels } from "@/server/channels/sales-channels/list-channels.ts";
import { getIntegration } from "@/server/erp-data/integrations/get-integration.ts";
import { listIntegrations } from "@/server/erp-data/integrations/list-integrations.ts";
import { ChannelsEditor } from "./channels-editor.tsx";

/**
 * The company's channels and keys, editable: on the Channels tab and in the setup wizard (which
 * renders it before its save creates the first integration: then there is none to offer yet).
 * Each integration comes with its own agent and ERP connection, whose lists its channels read.
 */
export async function ClientChannels({ actor, companyId }: { actor: TActor; companyId: string }) {
  const [summaries, channels, keys] = [
    await listIntegrations({ actor, companyId }),
    await listChannels({ actor, companyId }),
    await listApiKeys({ actor, companyId }),
  ];
  const integrations = await Promise.all(
    summaries.map(async (summary) => {
      const integration = await getIntegration({ actor, companyId, integrationId: summary.id });
      return {
        id: summary.id,
        name: summary.name,
        readOnly: summary.readOnly,
        agentId: integration.agentId,
        agentConnection: integration.agentConnection,
        warehouses: integration.settings.warehouses,
      };
    }),
  );
  return <ChannelsEditor companyId={companyId} channels={channels} keys={keys} integrations={integrations} />;
}
