import { AppError } from "../../platform/errors/app-error.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { recordAudit } from "../../admin/audit/record-audit.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { newWebhookSecret } from "../webhooks/webhook-secret.ts";
import { findChannel } from "./find-channel.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";

/** Replaces a channel's webhook signing secret; the new one is returned once and signs from now on. */
export async function rotateWebhookSecret(options: {
  actor: TActor;
  companyId: string;
  channelId: string;
  tx?: TTx;
}): Promise<{ webhookSecret: string }> {
  requireStaff(options.actor);
  return inTransaction(options.tx, async (tx) => {
    const channel = await findChannel({ companyId: options.companyId, channelId: options.channelId, tx });
    if (!channel.webhookUrl) {
      throw new AppError({
        code: "INVALID_INPUT",
        message: "channel has no webhook URL",
        fieldErrors: { webhookUrl: [fieldProblem("webhookUrlFirst")] },
      });
    }
    const webhook = newWebhookSecret();
    await tx.salesChannel.update({ where: { id: channel.id }, data: { webhookSecret: webhook.sealed } });
    await recordAudit({
      tx,
      actor: options.actor,
      change: {
        companyId: options.companyId,
        entity: "channel",
        entityId: channel.id,
        action: "rotate-webhook-secret",
      },
    });
    return { webhookSecret: webhook.secret };
  });
}
