import { z } from "zod";
import { ZNip } from "../domain/nip.ts";
import { ZMoney, ZQuantity } from "../erp/writes.ts";

/** The order workflow: where goods are, as channels and staff move them. Payment is tracked apart. */
export const ORDER_STATUSES = [
  "new",
  "accepted",
  "sent_to_showroom",
  "ready_for_pickup",
  "shipped",
  "completed",
  "cancelled",
] as const;
export const ZOrderStatus = z.enum(ORDER_STATUSES);
export type TOrderStatus = z.infer<typeof ZOrderStatus>;

const text = (max: number) => z.string().trim().min(1, "Required").max(max, `At most ${max} characters`);

export const ZOrderBuyer = z.strictObject({
  name: text(100),
  email: z.email("Not an e-mail address").max(255),
  phone: z.string().trim().max(35).optional(),
  address: z.strictObject({
    street: text(60),
    postalCode: text(8),
    city: text(40),
    country: z.string().trim().length(2, "Two-letter country code").default("PL"),
  }),
  /** With an invoice: the buyer's company and NIP. */
  companyName: text(255).optional(),
  nip: ZNip.optional(),
});

export const ZChannelOrderLine = z.strictObject({
  product: z.union([z.strictObject({ sku: text(50) }), z.strictObject({ ean: text(50) })], {
    error: "Give the product's sku or ean",
  }),
  quantity: ZQuantity,
  /** Required, except from a B2B channel: omitted, the line takes the customer's price at intake. */
  unitGross: ZMoney.optional(),
  /** Required with unitGross; omitted with it, the product's VAT rate in the ERP. */
  vatRate: z.number().min(0).max(100).optional(),
});

/** POST /api/v1/orders. `externalId` is the channel's order number: sending it again is safe. */
export const ZOrderInput = z
  .strictObject({
    externalId: text(100),
    buyer: ZOrderBuyer,
    lines: z.array(ZChannelOrderLine).min(1, "At least one line").max(500),
    /** The channel's code, mapped in the integration settings (courier, parcel locker, showroom pickup). */
    deliveryMethod: text(100),
    paymentMethod: text(100),
    document: z.enum(["receipt", "invoice"]),
    notes: z.string().max(2000).optional(),
    currency: z.literal("PLN").default("PLN"),
    /**
     * Must equal the sum of quantity x unitGross over the lines (to the grosz). Required, except
     * from a B2B channel whose lines leave prices out: then, when given, it must equal the total
     * at the customer's prices.
     */
    totalGross: ZMoney.optional(),
  })
  // `params.code` is the problem code the portal answers with (its words in English and Polish).
  .superRefine((order, ctx) => {
    if (order.document === "invoice") {
      if (!order.buyer.nip)
        ctx.addIssue({
          code: "custom",
          path: ["buyer", "nip"],
          message: "An invoice needs the NIP",
          params: { code: "invoiceNip" },
        });
      if (!order.buyer.companyName) {
        ctx.addIssue({
          code: "custom",
          path: ["buyer", "companyName"],
          message: "An invoice needs the company name",
          params: { code: "invoiceCompany" },
        });
      }
    }
    // Lines left to the customer's prices are totalled after pricing, at intake.
    const priced = order.lines.flatMap((line) =>
      line.unitGross === undefined ? [] : [line.unitGross * line.quantity],
    );
    if (order.totalGross === undefined || priced.length < order.lines.length) return;
    const sum = priced.reduce((total, value) => total + Math.round(value * 100), 0);
    if (Math.abs(sum - Math.round(order.totalGross * 100)) > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["totalGross"],
        message: `The lines add up to ${(sum / 100).toFixed(2)}`,
        params: { code: "totalMismatch", sum: (sum / 100).toFixed(2) },
      });
    }
  });
export type TOrderInput = z.infer<typeof ZOrderInput>;

export const ZPaymentInput = z.strictObject({
  amount: ZMoney.refine((v) => v > 0, { message: "Must be more than 0", params: { code: "moreThan", n: 0 } }),
  method: text(100),
  paidAt: z.iso.datetime({ offset: true }),
  /** The payment's id at the payment provider: the same reference again is the same payment. */
  reference: text(100),
});

export const ZStatusInput = z.strictObject({
  /** A workflow status, or the channel's own status name mapped in the integration settings. */
  status: text(100),
  note: z.string().max(1000).optional(),
});

export const ZReturnInput = z.strictObject({
  externalId: text(100).optional(),
  reason: text(1000),
  lines: z
    .array(z.strictObject({ sku: text(50), quantity: ZQuantity }))
    .min(1)
    .max(500),
});

export const ZComplaintInput = z.strictObject({
  externalId: text(100).optional(),
  description: text(4000),
  lines: z
    .array(z.strictObject({ sku: text(50), quantity: ZQuantity }))
    .max(500)
    .default([]),
});

export const ZOrderIdPath = z.strictObject({ id: z.uuid("Not an order id") });

const ZOrderEventView = z.object({
  at: z.string(),
  type: z.string(),
  /** English words. */
  message: z.string(),
  /** For a problem: its stable code (as erp.errorCode) and the values in the words; else null. */
  code: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  actor: z.string(),
});

/** An order as channels read it (GET /api/v1/orders/{id} and every order answer). */
export const ZOrderView = z.object({
  id: z.uuid(),
  externalId: z.string(),
  status: ZOrderStatus,
  document: z.enum(["receipt", "invoice"]),
  totalGross: z.number(),
  paidAmount: z.number(),
  paidAt: z.string().nullable(),
  erp: z.object({
    /** `awaiting_erp`: the integration leaves the sale document (or a return's correction) to the ERP's operator; the order waits for it. */
    /** `held`: a B2B order held for the client's staff by the credit rule (over the limit, invoices overdue); not in the ERP until released. */
    state: z.enum(["idle", "pending", "failed", "awaiting_erp", "held"]),
    customerId: z.number().nullable(),
    orderNumber: z.string().nullable(),
    saleDocument: z.object({ type: z.string(), number: z.string() }).nullable(),
    transferNumber: z.string().nullable(),
    /** Why the ERP step stopped (or the order is held), in English. */
    error: z.string().nullable(),
    /** The same as a stable code (e.g. `noStock`, `deliveryUnmapped`, `creditHold`) for a channel to act on. */
    errorCode: z.string().nullable(),
  }),
  lines: z.array(z.object({ sku: z.string(), name: z.string(), quantity: z.number(), unitGross: z.number() })),
  returns: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(["RETURN", "COMPLAINT"]),
      status: z.string(),
      erpDocumentNumber: z.string().nullable(),
    }),
  ),
  timeline: z.array(ZOrderEventView),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TOrderView = z.infer<typeof ZOrderView>;
export const ZOrderResponse = z.object({ order: ZOrderView });
