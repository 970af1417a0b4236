import { z } from "zod";
import { ZAddress, ZExpectedDelivery, ZProductUnit, ZWeight } from "../erp/reads.ts";
import { ZChannelDocumentKind } from "./queries.ts";

/**
 * What a sales channel receives. Ids are ERP ids; money and quantities are numbers in the ERP's
 * units (złoty, pieces); times are ISO strings.
 */
const erpId = z.number().int();

/** `withdrawn`: deleted or blocked in the ERP; the channel should stop selling it. */
export const ZChannelItemStatus = z.enum(["active", "withdrawn"]);
export type TChannelItemStatus = z.infer<typeof ZChannelItemStatus>;

export const ZChannelProduct = z.object({
  id: erpId,
  sku: z.string(),
  ean: z.string().nullable(),
  name: z.string(),
  unit: z.string(),
  vatRate: z.number().meta({ description: "Sale VAT percent." }),
  groupName: z.string().nullable(),
  groupPath: z.array(z.string()).meta({
    description:
      'The product\'s group from the top of the ERP\'s group tree down to its own, e.g. ["Oświetlenie", "Lampy", "Kinkiety"]. Subiekt GT\'s groups are flat, so there it holds one name (the group\'s); empty without a group.',
  }),
  description: z
    .string()
    .nullable()
    .meta({ description: "The product's description in the ERP; null when it has none." }),
  customFields: z.record(z.string(), z.string().nullable()).meta({
    description:
      'The ERP\'s custom product fields the integration chose to publish, under the names it gave them (e.g. {"producer": "Fiskars"}); null when the field is empty for this product. Fields not chosen are never sent.',
  }),
  units: z.array(ZProductUnit).meta({
    description:
      'The units the product is sold in: the base unit (`unit`) first with factor 1, then each other unit with how many base units one of it holds ("opak." with factor 12 is a pack of 12).',
  }),
  weight: ZWeight.nullable().meta({ description: "The product's weight as the ERP keeps it; null when not given." }),
  barcodes: z.array(z.string()).meta({ description: "Extra barcodes besides `ean`." }),
  status: ZChannelItemStatus,
  updatedAt: z.iso.datetime(),
});
export type TChannelProduct = z.infer<typeof ZChannelProduct>;

const expectedDeliveries = (where: string) =>
  z.array(ZExpectedDelivery).meta({
    description: `Planned availability: what open supplier orders (in Subiekt GT: ZD) still bring ${where}, summed per expected date (YYYY-MM-DD; null when the order names none), by date with the undated last. Empty when nothing is on order. Not included in \`available\`.`,
  });

export const ZChannelWarehouseStock = z.object({
  warehouseId: erpId,
  onHand: z.number(),
  reserved: z.number(),
  expected: expectedDeliveries("into this warehouse"),
});
export type TChannelWarehouseStock = z.infer<typeof ZChannelWarehouseStock>;

export const ZChannelStockItem = z.object({
  productId: erpId,
  /** Null when the product itself has not reached the cloud copy yet. */
  sku: z.string().nullable(),
  available: z.number().meta({
    description:
      "max(0, sum over the channel's warehouses of (onHand - reserved) - the channel's safety buffer); 0 when withdrawn.",
  }),
  status: ZChannelItemStatus,
  expected: expectedDeliveries("into the channel's warehouses"),
  warehouses: z.array(ZChannelWarehouseStock).meta({ description: "The channel's warehouses that hold a stock row." }),
});
export type TChannelStockItem = z.infer<typeof ZChannelStockItem>;

export const ZChannelPrice = z.object({
  productId: erpId,
  sku: z.string().nullable(),
  net: z.number(),
  gross: z.number(),
  currency: z.string().meta({ description: "ISO 4217 code." }),
  updatedAt: z.iso.datetime(),
});
export type TChannelPrice = z.infer<typeof ZChannelPrice>;

export const ZChannelCustomer = z.object({
  id: erpId,
  code: z.string(),
  name: z.string(),
  nip: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: ZAddress.nullable(),
  priceLevel: z.number().int().nullable(),
  discountPercent: z.number(),
  creditLimit: z.number(),
  paymentDays: z.number().int(),
  balance: z.number().nullable().meta({
    description:
      "What the customer owes on open settlements in the ERP (negative: the company owes them). Null when the ERP's settlements are not read.",
  }),
  overdueAmount: z
    .number()
    .nullable()
    .meta({ description: "The part of the balance past its due date. Null with balance." }),
  oldestOverdueDueDate: z.iso.date().nullable().meta({
    description: "The earliest due date (YYYY-MM-DD) among the overdue settlements; null when none is overdue.",
  }),
  blocked: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type TChannelCustomer = z.infer<typeof ZChannelCustomer>;

/** Another document named by a link: what a document was issued from, or what was issued from it. */
export const ZChannelDocumentRef = z.object({
  id: erpId,
  kind: ZChannelDocumentKind,
  number: z.string(),
});

export const ZChannelPaymentState = z.enum(["paid", "partly_paid", "unpaid", "overdue"]);

export const ZChannelDocumentLine = z.object({
  lineNo: z.number().int(),
  productId: erpId.nullable(),
  sku: z.string().nullable().meta({ description: "Null when the product is not in the copy (or the line has none)." }),
  name: z.string().nullable(),
  quantity: z.number().meta({ description: "Negative on a correction." }),
  unitNet: z.number(),
  unitGross: z.number(),
  vatRate: z.number().meta({ description: "VAT percent." }),
  net: z.number(),
  gross: z.number(),
  discountPercent: z.number(),
});

export const ZChannelDocument = z.object({
  id: erpId,
  kind: ZChannelDocumentKind,
  symbol: z
    .string()
    .meta({ description: "The ERP's own document type: ZK order, FS invoice, PA receipt, KFS correction." }),
  number: z.string().meta({ description: "The ERP's full number, as printed." }),
  externalNumber: z.string().nullable().meta({
    description:
      "The number the document was created under outside the ERP (an order key of this API); null when none.",
  }),
  issuedOn: z.iso.date().meta({ description: "The issue day (YYYY-MM-DD, the ERP's calendar)." }),
  warehouseId: erpId.nullable(),
  totals: z.object({ net: z.number(), vat: z.number(), gross: z.number() }),
  issuedFrom: ZChannelDocumentRef.nullable().meta({
    description:
      "The order an invoice or receipt was issued from, or the sale a correction corrects, when the ERP records it.",
  }),
  issued: z.array(ZChannelDocumentRef).meta({
    description: "Documents issued from this one: an order's invoice or receipt, a sale's corrections.",
  }),
  payment: z
    .object({
      state: ZChannelPaymentState.meta({
        description:
          "paid: nothing open; overdue: something open past the due date; partly_paid: part of it paid; unpaid: nothing paid yet, not due.",
      }),
      amount: z.number().meta({ description: "What the document asked for (negative: owed to the customer)." }),
      open: z.number().meta({ description: "What is still open." }),
      dueDate: z.iso.date().nullable(),
    })
    .nullable()
    .meta({
      description:
        "From the ERP's settlements as of the last documents sync; null when the ERP keeps no settlement for the document (orders, sales paid on the spot).",
    }),
  lines: z.array(ZChannelDocumentLine),
});
export type TChannelDocument = z.infer<typeof ZChannelDocument>;
export const ZChannelCustomerPrice = z.object({
  productId: erpId,
  sku: z.string(),
  net: z.number(),
  gross: z.number(),
  currency: z.string().meta({ description: "ISO 4217 code." }),
  priceLevel: z.number().int().meta({
    description: "The ERP price level the list price came from: the customer's, else the channel's.",
  }),
  listNet: z.number().meta({ description: "The price at that level before any discount." }),
  listGross: z.number(),
  discountPercent: z
    .number()
    .meta({ description: "The customer's discount, when it gave the price; 0 when a promotion did." }),
  promotion: z.object({ id: erpId, name: z.string(), validTo: z.iso.date().nullable() }).nullable().meta({
    description: "The ERP promotion that gave the price (it beat the customer's discount); null when none did.",
  }),
});
export type TChannelCustomerPrice = z.infer<typeof ZChannelCustomerPrice>;

/**
 * One change that may move customer prices. `product`: its list prices changed (any level);
 * `customer`: their price level or discount may have changed; `promotion`: an ERP promotion
 * changed, started or ended, for the products and customers it names (null: all of them).
 */
export const ZChannelCustomerPriceChange = z.discriminatedUnion("type", [
  z.object({ type: z.literal("product"), productId: erpId, sku: z.string().nullable(), updatedAt: z.iso.datetime() }),
  z.object({ type: z.literal("customer"), customerId: erpId, updatedAt: z.iso.datetime() }),
  z.object({
    type: z.literal("promotion"),
    promotionId: erpId,
    active: z.boolean(),
    validFrom: z.iso.date().nullable(),
    validTo: z.iso.date().nullable().meta({
      description: "Prices change again when a promotion starts or ends: ask once more on these days.",
    }),
    productIds: z.array(erpId).nullable().meta({ description: "Null: every product." }),
    customerIds: z.array(erpId).nullable().meta({ description: "Null: every customer." }),
    updatedAt: z.iso.datetime(),
  }),
]);
export type TChannelCustomerPriceChange = z.infer<typeof ZChannelCustomerPriceChange>;
