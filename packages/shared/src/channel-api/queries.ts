import { z } from "zod";

export const CHANNEL_API_DEFAULT_LIMIT = 100;
/** A bigger `limit` is not an error: the page is capped and the response's `notices` say so. */
export const CHANNEL_API_MAX_LIMIT = 1000;

/** The query of every change feed (products, stock, prices). */
export const ZChangesQuery = z.strictObject({
  updatedSince: z.string().min(1).max(200).optional().meta({
    description:
      "The `nextUpdatedSince` of a previous response; absent: from the beginning. Opaque: store and send back as is.",
  }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .default(CHANNEL_API_DEFAULT_LIMIT)
    .meta({ description: `Items per page; values above ${CHANNEL_API_MAX_LIMIT} are capped (see \`notices\`).` }),
});
export type TChangesQuery = z.infer<typeof ZChangesQuery>;

export const ZCustomerPath = z.strictObject({
  id: z.coerce.number().int().min(1).max(2_147_483_647).meta({ description: "The customer's ERP id." }),
});
export type TCustomerPath = z.infer<typeof ZCustomerPath>;

/** Endpoints without query parameters still refuse unknown ones. */
export const ZNoQuery = z.strictObject({});
