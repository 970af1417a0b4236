import { z } from "zod";
import { ZNip } from "../domain/nip.ts";

/**
 * ERP-neutral inputs and results of the document writes. Money is in złoty with at most 2
 * decimals, so the connector can compute in whole grosze; quantities allow 4 decimals, the
 * scale ERP money/quantity columns keep.
 */
const hasDecimals = (value: number, decimals: number) => {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
};

export const ZMoney = z
  .number()
  .nonnegative()
  .refine((v) => hasDecimals(v, 2), {
    message: "price must have at most 2 decimals",
    params: { code: "decimals", n: 2 },
  });
export const ZQuantity = z
  .number()
  .positive({ message: "quantity must be greater than 0" })
  .refine((v) => hasDecimals(v, 4), {
    message: "quantity must have at most 4 decimals",
    params: { code: "decimals", n: 4 },
  });

/** The caller's idempotency key; stored in the document's external-number column (30 chars). */
export const ZExternalKey = z.string().trim().min(1).max(30);
export const ZWarehouseCode = z.string().trim().min(1).max(3);

/** A product by SKU or by EAN. */
export const ZProductRef = z.union([
  z.object({ sku: z.string().trim().min(1) }),
  z.object({ ean: z.string().trim().min(1) }),
]);
/** An existing document by the external key it was written with, or by its ERP number. */
export const ZDocumentRef = z.union([z.object({ externalKey: ZExternalKey }), z.object({ number: z.string().min(1) })]);

const ZWriteOptions = z.object({ dryRun: z.boolean().default(false) });

export const ZCreateCustomerInput = ZWriteOptions.extend({
  symbol: z.string().trim().min(1).max(20),
  name: z.string().trim().min(1).max(50),
  fullName: z.string().trim().max(255).optional(),
  nip: ZNip.optional(),
  email: z.email().max(255).optional(),
  phone: z.string().max(35).default(""),
  street: z.string().max(60).default(""),
  houseNumber: z.string().max(10).default(""),
  flatNumber: z.string().max(10).default(""),
  postalCode: z.string().max(8).default(""),
  city: z.string().max(40).default(""),
});

export const ZOrderLineInput = z.object({
  product: ZProductRef,
  quantity: ZQuantity,
  /** Net unit price before the discount. */
  netPrice: ZMoney,
  discountPercent: z.number().min(0).max(100).default(0),
  /** The line's warehouse; the order's when omitted. */
  warehouse: ZWarehouseCode.optional(),
});

export const ZCreateOrderInput = ZWriteOptions.extend({
  externalKey: ZExternalKey,
  customer: z.object({ symbol: z.string().trim().min(1).max(20) }),
  warehouse: ZWarehouseCode,
  reserve: z.boolean(),
  date: z.coerce.date().optional(),
  deliveryDue: z.coerce.date().optional(),
  lines: z.array(ZOrderLineInput).min(1),
});

export const ZCloseOrderInput = ZWriteOptions.extend({
  order: ZDocumentRef,
  action: z.enum(["cancel", "complete"]),
});

export const ZPayment = z.enum(["cash", "card", "transfer", "credit"]);

export const ZCreateSaleFromOrderInput = ZWriteOptions.extend({
  externalKey: ZExternalKey,
  kind: z.enum(["FS", "PA"]),
  order: ZDocumentRef,
  payment: ZPayment.optional(),
  date: z.coerce.date().optional(),
});

export const ZCreateTransferInput = ZWriteOptions.extend({
  externalKey: ZExternalKey,
  from: ZWarehouseCode,
  to: ZWarehouseCode,
  /** The order (ZK) whose goods the transfer carries: its reservation and lines move with them. */
  orderRef: ZDocumentRef.optional(),
  date: z.coerce.date().optional(),
  lines: z.array(z.object({ product: ZProductRef, quantity: ZQuantity })).min(1),
}).refine((input) => input.from.toUpperCase() !== input.to.toUpperCase(), {
  // Warehouse codes compare case-insensitively, as SQL Server's default collation does.
  path: ["to"],
  message: "target warehouse must differ from the source",
});

export const ZCreateReturnInput = ZWriteOptions.extend({
  externalKey: ZExternalKey,
  sale: ZDocumentRef,
  date: z.coerce.date().optional(),
  lines: z.array(z.object({ product: ZProductRef, quantity: ZQuantity })).min(1),
});

export const ZErpDocumentLine = z.object({
  id: z.number(),
  productId: z.number(),
  sku: z.string(),
  quantity: z.number(),
  issuedQuantity: z.number(),
  netPrice: z.number(),
  grossPrice: z.number(),
  discountPercent: z.number(),
  vatPercent: z.number(),
  net: z.number(),
  vat: z.number(),
  gross: z.number(),
  warehouse: z.string(),
  sourceLineId: z.number().nullable(),
});

export const ZErpDocument = z.object({
  id: z.number(),
  type: z.string(),
  number: z.string(),
  externalKey: z.string(),
  status: z.number(),
  date: z.date(),
  warehouse: z.string(),
  customerId: z.number().nullable(),
  source: z.object({ id: z.number(), number: z.string() }).nullable(),
  totals: z.object({ net: z.number(), vat: z.number(), gross: z.number() }),
  vat: z.array(z.object({ vatPercent: z.number(), net: z.number(), vat: z.number(), gross: z.number() })),
  lines: z.array(ZErpDocumentLine),
});

/** created: false when the external key (or the customer's NIP/e-mail/symbol) was already there. */
export const ZErpDocumentResult = z.object({
  created: z.boolean(),
  dryRun: z.boolean(),
  document: ZErpDocument,
  warnings: z.array(z.string()),
});
export const ZErpCustomerResult = z.object({
  created: z.boolean(),
  dryRun: z.boolean(),
  customer: z.object({ id: z.number(), symbol: z.string(), addressId: z.number() }),
});

/** A rejected write: `path` names the input field ("lines.0.product.sku"). */
export const ZErpWriteError = z.object({
  code: z.enum(["invalid_input", "not_found", "conflict"]),
  path: z.string(),
  message: z.string(),
});

export type TCreateCustomerInput = z.input<typeof ZCreateCustomerInput>;
export type TCreateOrderInput = z.input<typeof ZCreateOrderInput>;
export type TCloseOrderInput = z.input<typeof ZCloseOrderInput>;
export type TCreateSaleFromOrderInput = z.input<typeof ZCreateSaleFromOrderInput>;
export type TCreateTransferInput = z.input<typeof ZCreateTransferInput>;
export type TCreateReturnInput = z.input<typeof ZCreateReturnInput>;
export type TDocumentRef = z.infer<typeof ZDocumentRef>;
export type TProductRef = z.infer<typeof ZProductRef>;
export type TErpDocument = z.infer<typeof ZErpDocument>;
export type TErpDocumentLine = z.infer<typeof ZErpDocumentLine>;
export type TErpDocumentResult = z.infer<typeof ZErpDocumentResult>;
export type TErpCustomerResult = z.infer<typeof ZErpCustomerResult>;
export type TErpWriteError = z.infer<typeof ZErpWriteError>;
