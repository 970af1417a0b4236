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
import { invalidInput } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { erpTakesOrders } from "../../settings/erp-type.ts";
import type { Integration } from "../../../generated/prisma/client.ts";
import { checkChannelErp } from "./check-channel-erp.ts";

/**
 * Changes a channel's settings. Setting a webhook URL on a channel without a secret creates
 * one (returned once); removing the URL drops the secret, so a later URL gets a fresh one.
 * Keys already in use see the new price level and warehouses on their next request. Warehouses and
 * a price level are checked against the channel's integration's ERP: all of them when it moves to
 * another integration, else what the change adds. A channel is not moved to a read-only integration
 * while orders it took still wait for ERP work: they would go on being written to the ERP they were
 * taken for (an order keeps its integration) behind a channel that says it takes no orders.
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
  const { companyId, channelId } = options;
  const current = await findChannel({ companyId, channelId, tx: options.tx });
  // Only to one of the company's own integrations: another tenant's id is "not found".
  const integrationId = patch.integrationId ?? current.integrationId;
  const integration = integrationId ? await findCompanyIntegration({ companyId, integrationId, tx: options.tx }) : null;
  const moving = integration !== null && integration.id !== current.integrationId;
  const priceLevel = patch.priceLevel ?? current.priceLevel;
  await checkChannelErp({
    actor: options.actor,
    companyId,
    integration,
    warehouseIds: patch.warehouseIds ?? current.warehouseIds,
    checked: moving ? [] : current.warehouseIds,
    priceLevel: priceLevel === 1 || (!moving && priceLevel === current.priceLevel) ? null : priceLevel,
  });
  try {
    return await inTransaction(options.tx, async (tx) => {
      const before = await findChannel({ companyId, channelId, tx });
      if (moving) await refuseMoveWithOrdersInFlight({ tx, channelId, integration });
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

/** Orders of the channel with ERP work outstanding (a step due, in flight, refused or held) block a move to a read-only ERP. */
async function refuseMoveWithOrdersInFlight(options: { tx: TTx; channelId: string; integration: Integration }) {
  if (erpTakesOrders(options.integration.erpType)) return;
  const count = await options.tx.order.count({
    where: {
      channelId: options.channelId,
      NOT: { integrationId: options.integration.id },
      OR: [{ erpState: { not: "IDLE" } }, { erpCommandId: { not: null } }],
    },
  });
  if (count === 0) return;
  throw invalidInput({
    integrationId: [fieldProblem("channelOrdersInFlight", { count, integration: options.integration.name })],
  });
}
