import type { Prisma } from "../../../generated/prisma/client.ts";

/** What callers may see of a channel: never the webhook secret, only whether one is set. */
export const CHANNEL_SELECT = {
  id: true,
  companyId: true,
  integrationId: true,
  name: true,
  kind: true,
  priceLevel: true,
  warehouseIds: true,
  safetyBuffer: true,
  rateLimitPerMinute: true,
  webhookUrl: true,
  webhookSecret: true,
  webhookGaveUpAt: true,
  webhookGaveUpError: true,
  createdAt: true,
  updatedAt: true,
  disabledAt: true,
} satisfies Prisma.SalesChannelSelect;

type TChannelRow = Prisma.SalesChannelGetPayload<{ select: typeof CHANNEL_SELECT }>;
export type TChannelView = Omit<TChannelRow, "webhookSecret"> & { hasWebhookSecret: boolean };

export function toChannelView(row: TChannelRow): TChannelView {
  const { webhookSecret, ...rest } = row;
  return { ...rest, hasWebhookSecret: webhookSecret !== null };
}
