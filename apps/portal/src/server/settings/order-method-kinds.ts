import type { TIntegrationSettings } from "./integration-settings.ts";

export const DELIVERY_KINDS = ["courier", "parcel_locker", "showroom_pickup"] as const;
/** How Subiekt books a payment on a sale document (ZPayment). */
export const PAYMENT_KINDS = ["transfer", "card", "cash", "credit"] as const;
export type TDeliveryKind = (typeof DELIVERY_KINDS)[number];
export type TPaymentKind = (typeof PAYMENT_KINDS)[number];
type TMappings = Pick<TIntegrationSettings, "deliveryMethods" | "paymentMethods">;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => list.some((k) => k === value);

/*
 * What an order's delivery or payment code (the channel's word: "kurier", "courier", "przelew")
 * means, for pages to say in the reader's language: through the integration's mappings, else the
 * code itself when it already is one of our kinds; null when neither knows it (shown as sent).
 */

export function deliveryKindOf(settings: TMappings, code: string): TDeliveryKind | null {
  const kind = settings.deliveryMethods.find((m) => m.channelCode === code)?.kind ?? code;
  return isOneOf(DELIVERY_KINDS, kind) ? kind : null;
}

export function paymentKindOf(settings: TMappings, code: string): TPaymentKind | null {
  const kind = settings.paymentMethods.find((m) => m.channelCode === code)?.erpName ?? code;
  return isOneOf(PAYMENT_KINDS, kind) ? kind : null;
}
