import type { TActor } from "../../platform/auth/actor.ts";
import { recordAudit } from "../../admin/audit/record-audit.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { CHANNEL_SELECT, toChannelView, type TChannelView } from "./channel-view.ts";
import { findChannel } from "./find-channel.ts";

/**
 * Stops a channel: its keys answer 401 from the next request and it gets no more webhooks.
 * Disabling a disabled channel changes nothing.
 */
export async function disableChannel(options: {
  actor: TActor;
  companyId: string;
  channelId: string;
  tx?: TTx;
}): Promise<TChannelView> {
  requireStaff(options.actor);
  return inTransaction(options.tx, async (tx) => {
    const before = await findChannel({ companyId: options.companyId, channelId: options.channelId, tx });
    if (before.disabledAt) return toChannelView(before);
    const row = await tx.salesChannel.update({
      where: { id: before.id },
      data: { disabledAt: new Date() },
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
        action: "disable",
        before: toChannelView(before),
        after: channel,
      },
    });
    return channel;
  });
}
