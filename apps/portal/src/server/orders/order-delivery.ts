import { z } from "zod";
import type { TIntegrationSettings } from "../settings/integration-settings.ts";

/** What an order keeps of its delivery: the channel's method code, mapped when the ERP needs it. */
export const ZOrderDelivery = z.object({ method: z.string() });

export type TDeliveryRule = TIntegrationSettings["deliveryMethods"][number];

/** The integration's rule for the order's delivery method; null when staff have not mapped it. */
export function deliveryRule(delivery: unknown, settings: TIntegrationSettings): TDeliveryRule | null {
  const { method } = ZOrderDelivery.parse(delivery);
  return settings.deliveryMethods.find((rule) => rule.channelCode === method) ?? null;
}
