import { z } from "zod";
import { ZCreateCustomerInput, ZExternalKey, ZMoney, ZPayment, ZQuantity } from "../erp/writes.ts";

/**
 * The order commands: what the portal asks the agent to write for a channel's order. Each is
 * idempotent by its `key` (the ERP document's external number): a redelivery, a retry or a
 * second portal process asking again finds the document already written and returns it.
 * Warehouses travel as ERP ids (what staff pick in the portal); the agent maps them to codes.
 */
const erpId = z.number().int().positive();

/**
 * Which of the agent's writers issues the document: `sql` writes Subiekt's tables directly, `sfera`
 * has Subiekt save it through its Sfera API (the integration chooses per document type). Absent
 * means `sql`, so a portal that predates the choice keeps working with a newer agent.
 */
export const ZWriterChoice = z.enum(["sql", "sfera"]);
export type TWriterChoice = z.infer<typeof ZWriterChoice>;
const writer = ZWriterChoice.default("sql");
/**
 * Staff chose in the integration that the SQL writer issues sale documents (FS, PA, KFS), knowing
 * that it prints no fiscal receipt, sends nothing to KSeF and books no settlement: Subiekt does
 * those only for documents it issues itself. Without it the SQL writer refuses them on a real SQL
 * Server (the sandbox has none of those duties, and tests and the demo write there freely).
 */
const sqlSalesChosen = z.boolean().default(false);
const ZSku = z.string().trim().min(1).max(50);

/** A document as written (or found written, or predicted by a dry run), JSON-safe. */
export const ZWrittenDocument = z.object({
  id: z.number().int(),
  type: z.string(),
  number: z.string(),
  externalKey: z.string(),
  status: z.number().int(),
  warehouseId: z.number().int().nullable(),
  totals: z.object({ net: z.number(), vat: z.number(), gross: z.number() }),
  lines: z.array(
    z.object({
      sku: z.string(),
      quantity: z.number(),
      warehouseId: z.number().int().nullable(),
      net: z.number(),
      gross: z.number(),
    }),
  ),
  /** False: the key was already written (a repeat), and this is that document. */
  created: z.boolean(),
  dryRun: z.boolean(),
  warnings: z.array(z.string()),
});
export type TWrittenDocument = z.infer<typeof ZWrittenDocument>;

export const ZErpOrderCreateInput = z.object({
  key: ZExternalKey,
  /** Found by NIP, then e-mail, then symbol; created when none matches. */
  customer: ZCreateCustomerInput.omit({ dryRun: true }),
  /** Where the goods come from, in order of preference; the first is the order's warehouse. */
  warehouseIds: z.array(erpId).min(1).max(20),
  /** When the first warehouse cannot cover every line, divide lines across the others. */
  split: z.boolean(),
  /** Reserve stock; with `split`, a line no warehouse set can cover is refused. */
  reserve: z.boolean(),
  lines: z
    .array(z.object({ sku: ZSku, quantity: ZQuantity, netPrice: ZMoney }))
    .min(1)
    .max(500),
  deliveryDue: z.iso.datetime().optional(),
  dryRun: z.boolean().default(false),
  writer,
});
export const ZErpOrderCreateResult = z.object({
  customer: z.object({ id: z.number().int(), symbol: z.string(), created: z.boolean() }),
  order: ZWrittenDocument,
});

export const ZErpOrderSaleInput = z.object({
  key: ZExternalKey,
  kind: z.enum(["FS", "PA"]),
  /** The ZK's key. */
  orderKey: ZExternalKey,
  payment: ZPayment.optional(),
  dryRun: z.boolean().default(false),
  writer,
  sqlSalesChosen,
});

export const ZErpOrderTransferInput = z.object({
  key: ZExternalKey,
  orderKey: ZExternalKey,
  fromWarehouseId: erpId,
  toWarehouseId: erpId,
  lines: z
    .array(z.object({ sku: ZSku, quantity: ZQuantity }))
    .min(1)
    .max(500),
  dryRun: z.boolean().default(false),
  writer,
});

export const ZErpOrderCloseInput = z.object({
  orderKey: ZExternalKey,
  action: z.enum(["cancel", "complete"]),
  dryRun: z.boolean().default(false),
  writer,
});

export const ZErpOrderReturnInput = z.object({
  key: ZExternalKey,
  /** The sale document's key. */
  saleKey: ZExternalKey,
  lines: z
    .array(z.object({ sku: ZSku, quantity: ZQuantity }))
    .min(1)
    .max(500),
  dryRun: z.boolean().default(false),
  writer,
  sqlSalesChosen,
});

export type TErpOrderCreateInput = z.input<typeof ZErpOrderCreateInput>;
