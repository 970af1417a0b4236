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

/** A customer's documents in words, each standing for one ERP document type (its symbol beside it). */
export const ZChannelDocumentKind = z.enum(["order", "invoice", "receipt", "correction"]);
export type TChannelDocumentKind = z.infer<typeof ZChannelDocumentKind>;

/** The query of a customer's document history: filters, and a cursor through it newest first. */
export const ZCustomerDocumentsQuery = z
  .strictObject({
    kind: z
      .string()
      .refine((value) => value.split(",").every((kind) => ZChannelDocumentKind.safeParse(kind).success), {
        params: { code: "choose" },
      })
      .transform((value) => value.split(",").map((kind) => ZChannelDocumentKind.parse(kind)))
      .optional()
      .meta({ description: "Only these kinds, comma-separated: order, invoice, receipt, correction." }),
    from: z.iso.date().optional().meta({ description: "Issued on or after this day (YYYY-MM-DD)." }),
    to: z.iso.date().optional().meta({ description: "Issued on or before this day (YYYY-MM-DD)." }),
    cursor: z.string().min(1).max(200).optional().meta({
      description: "The `nextCursor` of the previous page; absent: the newest documents. Opaque: send back as is.",
    }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .default(CHANNEL_API_DEFAULT_LIMIT)
      .meta({ description: `Documents per page; values above ${CHANNEL_API_MAX_LIMIT} are capped (see \`notices\`).` }),
  })
  .superRefine((query, ctx) => {
    if (query.from !== undefined && query.to !== undefined && query.to < query.from)
      ctx.addIssue({ code: "custom", path: ["to"], params: { code: "toBeforeFrom" } });
  });
export type TCustomerDocumentsQuery = z.infer<typeof ZCustomerDocumentsQuery>;
/** Products one customer-prices request may name. */
export const CUSTOMER_PRICES_MAX_PRODUCTS = 100;

/** GET /api/v1/customers/{id}/prices: named products, or a page of all the sellable ones. */
export const ZCustomerPricesQuery = z.strictObject({
  products: z
    .string()
    .max(10_000)
    .transform((text) => [
      ...new Set(
        text
          .split(",")
          .map((sku) => sku.trim())
          .filter((sku) => sku !== ""),
      ),
    ])
    .pipe(z.array(z.string().max(50)).min(1).max(CUSTOMER_PRICES_MAX_PRODUCTS))
    .optional()
    .meta({
      description: `Comma-separated SKUs (at most ${CUSTOMER_PRICES_MAX_PRODUCTS}). Absent: every sellable product, a page at a time.`,
    }),
  after: z.coerce
    .number()
    .int()
    .min(0)
    .max(2_147_483_647)
    .optional()
    .meta({ description: "The `nextAfter` of the previous page; absent: the first page. Not with `products`." }),
  limit: ZChangesQuery.shape.limit,
});
export type TCustomerPricesQuery = z.infer<typeof ZCustomerPricesQuery>;
