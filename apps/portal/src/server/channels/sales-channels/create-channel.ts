import type { TActor } from "../../platform/auth/actor.ts";
import { recordAudit } from "../../admin/audit/record-audit.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { isUniqueViolation } from "../../platform/errors/is-unique-violation.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { newWebhookSecret } from "../webhooks/webhook-secret.ts";
import { ZChannelInput } from "./channel-input.ts";
import { findCompanyIntegration } from "../../settings/company-integration.ts";
import { channelNameTaken } from "./channel-name-taken.ts";
import { checkChannelErp } from "./check-channel-erp.ts";
import { CHANNEL_SELECT, toChannelView, type TChannelView } from "./channel-view.ts";

/**
 * Adds a sales channel to a company. With a webhook URL it gets a signing secret, returned
 * here once (only its encrypted form is stored). It reads and orders through the integration the
 * input names (one of the company's), else the company's first; a company without any gets its
 * channels attached when its first integration is saved. Its warehouses and price level must be
 * that integration's ERP's (checkChannelErp); the default level 1 is every ERP's first.
 */
export async function createChannel(options: {
  actor: TActor;
  companyId: string;
  input: unknown;
  tx?: TTx;
}): Promise<{ channel: TChannelView; webhookSecret: string | null }> {
  requireStaff(options.actor);
  const data = parseInput({ schema: ZChannelInput, input: options.input });
  const webhook = data.webhookUrl ? newWebhookSecret() : null;
  await getCompany({ actor: options.actor, companyId: options.companyId, tx: options.tx });
  await checkChannelErp({
    actor: options.actor,
    companyId: options.companyId,
    integration: await findCompanyIntegration({
      companyId: options.companyId,
      integrationId: data.integrationId,
      tx: options.tx,
    }),
    warehouseIds: data.warehouseIds,
    priceLevel: data.priceLevel === 1 ? null : data.priceLevel,
  });
  try {
    return await inTransaction(options.tx, async (tx) => {
      const { integrationId, ...fields } = data;
      const integration = await findCompanyIntegration({ tx, companyId: options.companyId, integrationId });
      const row = await tx.salesChannel.create({
        data: {
          ...fields,
          integrationId: integration?.id ?? null,
          companyId: options.companyId,
          webhookUrl: data.webhookUrl ?? null,
          webhookSecret: webhook?.sealed ?? null,
        },
        select: CHANNEL_SELECT,
      });
      const channel = toChannelView(row);
      await recordAudit({
        tx,
        actor: options.actor,
        change: {
          companyId: options.companyId,
          entity: "channel",
          entityId: channel.id,
          action: "create",
          after: channel,
        },
      });
      return { channel, webhookSecret: webhook?.secret ?? null };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw channelNameTaken();
    throw error;
  }
}
