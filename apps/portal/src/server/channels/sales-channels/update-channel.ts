import type { TActor } from "../../platform/auth/actor.ts";
import { recordAudit } from "../../admin/audit/record-audit.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { isUniqueViolation } from "../../platform/errors/is-unique-violation.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { newWebhookSecret } from "../webhooks/webhook-secret.ts";
import { ZChannelPatch } from "./channel-input.ts";
import { channelNameTaken } from "./channel-name-taken.ts";
import { CHANNEL_SELECT, toChannelView, type TChannelView } from "./channel-view.ts";
import { findChannel } from "./find-channel.ts";
import { findCompanyIntegration } from "../../settings/company-integration.ts";

/**
 * Changes a channel's settings. Setting a webhook URL on a channel without a secret creates
 * one (returned once); removing the URL drops the secret, so a later URL gets a fresh one.
 * Keys already in use see the new price level and warehouses on their next request.
 */
export async function updateChannel(options: {
  actor: TActor;
  companyId: string;
  channelId: string;
  input: unknown;
  tx?: TTx;
}): Promise<{ channel: TChannelView; webhookSecret: string | null }> {
  requireStaff(options.actor);
  const patch = parseInput({ schema: ZChannelPatch, input: options.input });
  try {
    return await inTransaction(options.tx, async (tx) => {
      const before = await findChannel({ companyId: options.companyId, channelId: options.channelId, tx });
      // Only to one of the company's own integrations: another tenant's id is "not found".
      if (patch.integrationId) {
        await findCompanyIntegration({ tx, companyId: options.companyId, integrationId: patch.integrationId });
      }
      const webhook = patch.webhookUrl && !before.webhookSecret ? newWebhookSecret() : null;
      const secretChange =
        patch.webhookUrl === null ? { webhookSecret: null } : webhook ? { webhookSecret: webhook.sealed } : {};
      const row = await tx.salesChannel.update({
        where: { id: before.id },
        data: { ...patch, ...secretChange },
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
          action: "update",
          before: toChannelView(before),
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
