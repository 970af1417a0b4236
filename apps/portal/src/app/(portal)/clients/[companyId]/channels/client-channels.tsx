import { listApiKeys } from "@/server/channels/api-keys/list-api-keys.ts";
import type { TActor } from "@/server/platform/auth/actor.ts";
import { listChannels } from "@/server/channels/sales-channels/list-channels.ts";
import { getIntegration } from "@/server/erp-data/integrations/get-integration.ts";
import { ChannelsEditor } from "./channels-editor.tsx";

/** The company's channels and keys, editable: on the Channels tab and in the setup wizard. */
export async function ClientChannels({ actor, companyId }: { actor: TActor; companyId: string }) {
  const [integration, channels, keys] = [
    await getIntegration({ actor, companyId }),
    await listChannels({ actor, companyId }),
    await listApiKeys({ actor, companyId }),
  ];
  return (
    <ChannelsEditor
      companyId={companyId}
      agentId={integration.agentId}
      channels={channels}
      keys={keys}
      integrationWarehouses={integration.settings.warehouses}
    />
  );
}
