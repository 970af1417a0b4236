import { z } from "zod";

export const CHANNEL_KINDS = ["STORE", "B2B", "SHOWROOM_POS"] as const;

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const fields = {
  name: z.string().trim().min(1).max(100),
  kind: z.enum(CHANNEL_KINDS),
  priceLevel: z.number().int().min(1).max(10),
  /** Stored sorted and without repeats, so an audit diff shows real changes only. */
  warehouseIds: z
    .array(z.number().int().min(1))
    .max(100)
    .transform((ids) => [...new Set(ids)].sort((a, b) => a - b)),
  safetyBuffer: z.number().int().min(0).max(1_000_000),
  rateLimitPerMinute: z.number().int().min(1).max(100_000),
  /** Empty or null: no webhooks. */
  webhookUrl: z.preprocess(
    emptyToNull,
    z
      .url({ protocol: /^https?$/, error: "Must be an http:// or https:// URL" })
      .max(2000)
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
  /** Which of the company's integrations takes its orders and whose copy it reads; absent: the first. */
  integrationId: z.uuid().optional(),
});
export type TChannelInput = z.infer<typeof ZChannelInput>;

/** A change: absent fields stay as they are; `webhookUrl: null` stops webhooks. */
/** A change of some of a channel's settings; `integrationId` moves it to another of the company's integrations. */
export const ZChannelPatch = z.object({ ...fields, integrationId: z.uuid() }).partial();
export type TChannelPatch = z.infer<typeof ZChannelPatch>;
