import { z } from "zod";

/**
 * What an ERP connector reads, in ERP-neutral terms: every connector maps its own tables to these
 * rows, so the portal never learns an ERP's column names. Money is a number in the ERP's currency
 * unit (złoty, not grosze), quantities are numbers, times are ISO strings.
 */
const id = z.number().int();
const money = z.number();

export const ZWarehouse = z.object({
  id,
  code: z.string(),
  name: z.string(),
  isMain: z.boolean(),
  active: z.boolean(),
});
export type TWarehouse = z.infer<typeof ZWarehouse>;

/** A sale price level (1..10 in Subiekt GT); unnamed levels are not in use and are not read. */
export const ZPriceLevel = z.object({ level: z.number().int().min(1), name: z.string() });
export type TPriceLevel = z.infer<typeof ZPriceLevel>;

/** `code` tells apart rates with the same percent ("0" and "zw" are both 0). */
export const ZVatRate = z.object({ id, code: z.string(), rate: z.number() });
export type TVatRate = z.infer<typeof ZVatRate>;

export const ZUnit = z.object({ id, code: z.string(), name: z.string() });
export type TUnit = z.infer<typeof ZUnit>;

export const ZProductType = z.enum(["goods", "service", "set", "other"]);
export type TProductType = z.infer<typeof ZProductType>;

const customField = z.string().nullable();

/** One of a product's units: how many of its base unit one of this unit holds (the base unit's factor is 1). */
export const ZProductUnit = z.object({ code: z.string(), factor: z.number().positive() });
export type TProductUnit = z.infer<typeof ZProductUnit>;

export const ZWeight = z.object({ value: z.number(), unit: z.literal("kg") });
export type TWeight = z.infer<typeof ZWeight>;

export const ZProduct = z.object({
  id,
  sku: z.string(),
  name: z.string(),
  ean: z.string().nullable(),
  /** Extra barcodes besides `ean`. */
  barcodes: z.array(z.string()),
  /** Unit code, as in TUnit.code. */
  unit: z.string(),
  groupId: id.nullable(),
  groupName: z.string().nullable(),
  /**
   * The product's group from the top of the ERP's group tree down to its own group; one name in an
   * ERP whose groups are flat (Subiekt GT), empty without a group. Defaults keep older agents valid.
   */
  groupPath: z.array(z.string()).default([]),
  /** Null when the ERP holds none. */
  description: z.string().nullable().default(null),
  /** The base unit first (factor 1), then the others; empty from agents older than the field. */
  units: z.array(ZProductUnit).default([]),
  weight: ZWeight.nullable().default(null),
  vatRateId: id,
  /** Sale VAT percent. */
  vatRate: z.number(),
  /** Offered in online sales channels. */
  online: z.boolean(),
  customFields: z.object({
    1: customField,
    2: customField,
    3: customField,
    4: customField,
    5: customField,
    6: customField,
    7: customField,
    8: customField,
  }),
  blocked: z.boolean(),
  /** Soft-deleted in the ERP: kept so the portal can withdraw it. */
  deleted: z.boolean(),
  type: ZProductType,
});
export type TProduct = z.infer<typeof ZProduct>;

export const ZPrice = z.object({
  productId: id,
  level: z.number().int().min(1),
  net: money,
  gross: money,
  /** ISO 4217 code. */
  currency: z.string(),
});
export type TPrice = z.infer<typeof ZPrice>;

export const ZExpectedDelivery = z.object({ date: z.iso.date().nullable(), quantity: z.number() });
export type TExpectedDelivery = z.infer<typeof ZExpectedDelivery>;

export const ZStock = z.object({
  productId: id,
  warehouseId: id,
  onHand: z.number(),
  reserved: z.number(),
  /** onHand - reserved; negative when the ERP's reservations drifted. */
  available: z.number(),
  /**
   * Planned availability: what open supplier orders still bring into this warehouse, summed per
   * expected date (YYYY-MM-DD; null when the order names none), by date with null last. Empty from
   * agents older than the field.
   */
  expected: z.array(ZExpectedDelivery).default([]),
});
export type TStock = z.infer<typeof ZStock>;

/**
 * A promotion or special price of the ERP, with the goods and customers it covers. A promotion
 * that no longer applies (switched off, deleted, or one the connector cannot evaluate) comes with
 * `active: false`, so the copy drops it.
 */
export const ZPromotion = z.object({
  id,
  name: z.string(),
  active: z.boolean(),
  /** The first and last day it holds (YYYY-MM-DD, the ERP's calendar); null: no limit that side. */
  validFrom: z.iso.date().nullable(),
  validTo: z.iso.date().nullable(),
  /** Percent off the customer's price; null when the promotion sets a price instead. */
  discountPercent: z.number().nullable(),
  /** A promotional unit price (either may be null: the other one and the product's VAT give it). */
  priceNet: money.nullable(),
  priceGross: money.nullable(),
  /** The products it covers; null: every product. */
  productIds: z.array(id).nullable(),
  /** The customers it is for; null: every customer. */
  customerIds: z.array(id).nullable(),
});
export type TPromotion = z.infer<typeof ZPromotion>;

export const ZAddress = z.object({
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string().nullable(),
});
export type TAddress = z.infer<typeof ZAddress>;

export const ZCustomer = z.object({
  id,
  code: z.string(),
  name: z.string(),
  /** As typed in the ERP (may hold dashes); '' or null when none. */
  nip: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** Null when the customer has no main address. */
  address: ZAddress.nullable(),
  priceLevel: z.number().int().nullable(),
  discountPercent: z.number(),
  creditLimit: money,
  paymentDays: z.number().int(),
  /**
   * What the customer owes on open settlements (negative: the company owes them); null when the
   * connector does not read the ERP's settlements.
   */
  balance: money.nullable(),
  /** The part of the balance past its due date; null with `balance` (and from agents older than the field). */
  overdueAmount: money.nullable().default(null),
  /** The earliest due date (YYYY-MM-DD, the ERP's calendar) of what is overdue; null when nothing is. */
  oldestOverdueDueDate: z.iso.date().nullable().default(null),
  blocked: z.boolean(),
});
export type TCustomer = z.infer<typeof ZCustomer>;

/** WZ: a goods issue (Comarch ERP Optima issues one per FS when stock moves apart from the invoice). */
export const ZDocumentType = z.enum(["FS", "PA", "KFS", "ZK", "MM", "WZ"]);
export type TDocumentType = z.infer<typeof ZDocumentType>;

export const ZDocumentLine = z.object({
  productId: id.nullable(),
  /** Negative on a correction. */
  quantity: z.number(),
  unitNet: money,
  unitGross: money,
  vatRate: z.number(),
  net: money,
  gross: money,
  discountPercent: z.number(),
  /**
   * Purchase value of the goods on the line (negative on a correction): net minus cost is the
   * margin. Null when the ERP gives none; absent from agents older than this field.
   */
  cost: money.nullable().default(null),
});
export type TDocumentLine = z.infer<typeof ZDocumentLine>;

/**
 * What a document left to be paid in the ERP's settlements, summed over its settlements: positive
 * when the customer owes (an invoice), negative when the company does (a correction's refund).
 */
export const ZDocumentSettlement = z.object({
  /** What the document put in the settlements when issued. */
  amount: money,
  /** What is still open; 0 once settled. */
  open: money,
  /** The earliest payment due date (YYYY-MM-DD, the ERP's calendar); null when the ERP sets none. */
  dueDate: z.iso.date().nullable(),
});
export type TDocumentSettlement = z.infer<typeof ZDocumentSettlement>;

export const ZDocument = z.object({
  id,
  type: ZDocumentType,
  number: z.string(),
  /** The number the document was created under outside the ERP (our idempotency key); null when none. */
  externalNumber: z.string().nullable(),
  issuedAt: z.iso.datetime(),
  warehouseId: id.nullable(),
  customerId: id.nullable(),
  /** The ERP's own status code: its meaning is ERP-specific (see the connector). */
  status: z.number().int(),
  totals: z.object({ net: money, vat: money, gross: money }),
  sourceDocumentId: id.nullable(),
  lines: z.array(ZDocumentLine),
  /**
   * The document's settlement as of the read; null when the ERP keeps none for it (orders, sales
   * paid on the spot) or the connector does not read settlements (and from agents older than the field).
   */
  settlement: ZDocumentSettlement.nullable().default(null),
});
export type TDocument = z.infer<typeof ZDocument>;
