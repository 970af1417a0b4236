import { z } from "zod";
import { ZAddress, ZExpectedDelivery, ZProductUnit, ZWeight } from "../erp/reads.ts";

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
