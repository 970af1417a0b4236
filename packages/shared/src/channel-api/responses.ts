import { z } from "zod";
import {
  ZChannelCustomer,
  ZChannelDocument,
  ZChannelCustomerPrice,
  ZChannelCustomerPriceChange,
  ZChannelPrice,
  ZChannelProduct,
  ZChannelStockItem,
} from "./resources.ts";

/** One page of a change feed, oldest change first. */
function changesPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextUpdatedSince: z.string().meta({ description: "Send as `updatedSince` to get what changed after this page." }),
    hasMore: z.boolean().meta({ description: "True: ask again at once with `nextUpdatedSince`." }),
    notices: z
      .array(z.string())
      .meta({ description: 'What the server changed in the request, e.g. "limit capped to 1000".' }),
  });
}

export const ZProductsPage = changesPage(ZChannelProduct);
export type TProductsPage = z.infer<typeof ZProductsPage>;

export const ZStockPage = changesPage(ZChannelStockItem);
export type TStockPage = z.infer<typeof ZStockPage>;

export const ZPricesPage = changesPage(ZChannelPrice);
export type TPricesPage = z.infer<typeof ZPricesPage>;

export const ZCustomerResponse = z.object({ customer: ZChannelCustomer });
export type TCustomerResponse = z.infer<typeof ZCustomerResponse>;

/** One page of a customer's documents, newest first. */
export const ZCustomerDocumentsPage = z.object({
  items: z.array(ZChannelDocument),
  nextCursor: z.string().nullable().meta({ description: "Send as `cursor` for the next page; null on the last one." }),
  notices: z
    .array(z.string())
    .meta({ description: 'What the server changed in the request, e.g. "limit capped to 1000".' }),
});
export type TCustomerDocumentsPage = z.infer<typeof ZCustomerDocumentsPage>;
export const ZCustomerPricesPage = z.object({
  customerId: z.number().int(),
  items: z.array(ZChannelCustomerPrice),
  missing: z.array(z.string()).meta({
    description: "SKUs of `products` that have no price (unknown, or no price at the customer's or channel's level).",
  }),
  nextAfter: z
    .number()
    .int()
    .nullable()
    .meta({ description: "Send as `after` for the next page; null: this was the last (always null with `products`)." }),
  notices: z.array(z.string()),
});
export type TCustomerPricesPage = z.infer<typeof ZCustomerPricesPage>;

export const ZCustomerPriceChangesPage = changesPage(ZChannelCustomerPriceChange);
export type TCustomerPriceChangesPage = z.infer<typeof ZCustomerPriceChangesPage>;

/**
 * Every error answer. On bad input `fields` names each offending field (body path, query parameter
 * or path segment) with English words, and `problems` says the same in codes a program can act on.
 * A refusal of the whole request may also say its reason as `problem` (e.g. overpayment).
 */
export const ZChannelApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
    problems: z
      .array(
        z.object({
          /** e.g. required, atMost, unknownProduct, invoiceNip. */
          code: z.string(),
          path: z.string(),
          params: z.record(z.string(), z.union([z.string(), z.number()])),
          message: z.string(),
        }),
      )
      .optional(),
    problem: z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }).optional(),
  }),
  requestId: z.string(),
});
export type TChannelApiError = z.infer<typeof ZChannelApiError>;
