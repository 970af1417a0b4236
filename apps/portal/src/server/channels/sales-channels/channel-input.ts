import { z } from "zod";

export const CHANNEL_KINDS = ["STORE", "B2B", "SHOWROOM_POS"] as const;

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const fields = {
  name: z.string().trim().min(1, "Name is required").max(100, "Name is too long"),
  kind: z.enum(CHANNEL_KINDS, "Pick a channel kind"),
  priceLevel: z
    .number()
    .int("Must be a whole number")
    .min(1, "Price levels are 1 to 10")
    .max(10, "Price levels are 1 to 10"),
  /** Stored sorted and without repeats, so an audit diff shows real changes only. */
  warehouseIds: z
    .array(z.number().int("Must be a whole number").min(1, "Not an ERP warehouse id"))
    .max(100, "Too many warehouses")
    .transform((ids) => [...new Set(ids)].sort((a, b) => a - b)),
  safetyBuffer: z.number().int("Must be a whole number").min(0, "Must be 0 or more").max(1_000_000, "Too large"),
  rateLimitPerMinute: z.number().int("Must be a whole number").min(1, "Must be at least 1").max(100_000, "Too large"),
  /** Empty or null: no webhooks. */
  webhookUrl: z.preprocess(
    emptyToNull,
    z
      .url({ protocol: /^https?$/, error: "Must be an http:// or https:// URL" })
      .max(2000, "URL is too long")
      .nullable(),
  ),
};

/** What staff fill in for a new channel; the same schema guards the API. */
export const ZChannelInput = z.object({
  name: fields.name,
  kind: fields.kind,
  priceLevel: fields.priceLevel.default(1),
  warehouseIds: fields.warehouseIds.default([]),
  safetyBuffer: fields.safetyBuffer.default(0),
  rateLimitPerMinute: fields.rateLimitPerMinute.default(600),
  webhookUrl: fields.webhookUrl.optional(),
});
export type TChannelInput = z.infer<typeof ZChannelInput>;

/** A change: absent fields stay as they are; `webhookUrl: null` stops webhooks. */
export const ZChannelPatch = z.object(fields).partial();
export type TChannelPatch = z.infer<typeof ZChannelPatch>;
