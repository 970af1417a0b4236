import type { TActor } from "../../platform/auth/actor.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import { listChannels } from "../../channels/sales-channels/list-channels.ts";
import { erpTakesOrders } from "../../settings/erp-type.ts";
import { getIntegration } from "../../erp-data/integrations/get-integration.ts";
import { listIntegrationVersions } from "../../erp-data/integrations/list-integration-versions.ts";

/**
 * What one integration's specification is made of (issue 19: each integration has its own): the
 * integration named (it must be the company's; another tenant's id is "not found"), else the
 * company's first; its saved versions only, and the channels that take its orders or see its stock.
 * A company without an integration yet gets no versions (the page says it has not been saved).
 */
export async function getIntegrationSpec(options: { actor: TActor; companyId: string; integrationId?: string | null }) {
  const integration = await getIntegration(options);
  const company = await getCompany(options);
  const { id } = integration;
  const [versions, channels] = id
    ? [
        await listIntegrationVersions({ ...options, integrationId: id }),
        (await listChannels(options)).filter((channel) => channel.integrationId === id),
      ]
    : [[], []];
  return {
    company,
    integration: {
      id,
      name: integration.name,
      erpType: integration.erpType,
      readOnly: !erpTakesOrders(integration.erpType),
    },
    versions,
    channels,
  };
}

export type TIntegrationSpec = Awaited<ReturnType<typeof getIntegrationSpec>>;
