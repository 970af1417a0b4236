import { z } from "zod";
import {
  ZCustomer,
  ZDocument,
  ZPrice,
  ZPriceLevel,
  ZProduct,
  ZPromotion,
  ZStock,
  ZUnit,
  ZVatRate,
  ZWarehouse,
} from "../erp/reads.ts";

/** Every read a connector offers (TErpReads), as the portal names it in an erp.read command. */
export const ZErpResource = z.enum([
  "warehouses",
  "priceLevels",
  "vatRates",
  "units",
  "products",
  "prices",
  "promotions",
  "stock",
  "customers",
  "documents",
]);
export type TErpResource = z.infer<typeof ZErpResource>;

export const ZErpReadInput = z.object({
  resource: ZErpResource,
  /** Where the previous run stopped (null: from the start); opaque, owned by the connector. */
  cursor: z.string().max(1_000_000).nullable(),
  /** Rows scanned per page: up to 2000 for most reads (SQL Server's parameter limit), 10000 for stock. */
  pageSize: z.number().int().min(1).max(10_000),
  /** Stops after this many pages even if more remain; the result's cursor continues from there. */
  maxPages: z.number().int().min(1).max(100_000),
});

/** The row schema of each resource, for whoever consumes a page. */
export const ERP_ROW_SCHEMAS = {
  warehouses: ZWarehouse,
  priceLevels: ZPriceLevel,
  vatRates: ZVatRate,
  units: ZUnit,
  products: ZProduct,
  prices: ZPrice,
  promotions: ZPromotion,
  stock: ZStock,
  customers: ZCustomer,
  documents: ZDocument,
} as const satisfies Record<TErpResource, z.ZodType>;

/**
 * One page of rows. Every row is checked against its resource's schema (on both sides, as
 * every payload is); the static type stays `unknown[]` so one generator can yield any resource.
 */
export const ZErpReadPage = z
  .object({
    resource: ZErpResource,
    seq: z.number().int().min(0),
    rows: z.array(z.unknown()),
    /** The cursor after this page: storing it with the page's rows makes a run resumable. */
    cursor: z.string().nullable(),
    /** On the first page of a read from the start: about how many rows the whole read holds. */
    total: z.number().int().min(0).nullable().optional(),
  })
  .superRefine((page, ctx) => {
    const schema: z.ZodType = ERP_ROW_SCHEMAS[page.resource];
    page.rows.forEach((row, index) => {
      const parsed = schema.safeParse(row);
      const issue = parsed.success ? null : parsed.error.issues[0];
      if (issue) ctx.addIssue({ code: "custom", path: ["rows", index, ...issue.path], message: issue.message });
    });
  });

export const ZErpReadResult = z.object({
  resource: ZErpResource,
  pages: z.number().int(),
  rows: z.number().int(),
  cursor: z.string().nullable(),
  /** True when the read caught up; false when maxPages stopped it first. */
  done: z.boolean(),
});
