import { z } from "zod";
import { ZErrorCode } from "./envelope.ts";

/**
 * The write preflight: every document the integration will write, written by the agent's SQL
 * writer on the client's database inside one transaction per document that is then rolled back,
 * so staff see before go-live what each would be (number, lines, customer) or the ERP's own
 * refusal. `ZK_reserved` is the ZK that reserves stock; `customer` a new buyer as Subiekt saves one.
 */
export const PREFLIGHT_DOCUMENTS = ["customer", "ZK", "ZK_reserved", "MM", "FS", "PA", "KFS"] as const;
export const ZPreflightDocument = z.enum(PREFLIGHT_DOCUMENTS);
export type TPreflightDocument = z.infer<typeof ZPreflightDocument>;

const erpId = z.number().int().positive();

export const ZErpWritesPreflightInput = z.object({
  documents: z.array(ZPreflightDocument).min(1).max(PREFLIGHT_DOCUMENTS.length),
  /** The order's warehouses (the store's), the order's own first; empty: the ERP's main warehouse. */
  warehouseIds: z.array(erpId).max(20).default([]),
  /** Where an MM carries the goods (a showroom); absent: another warehouse of the ERP. */
  transferToWarehouseId: erpId.optional(),
  /** The product the sample order orders (its symbol); absent: goods in stock in the order's warehouse. */
  sku: z.string().trim().min(1).max(50).optional(),
});
export type TErpWritesPreflightInput = z.input<typeof ZErpWritesPreflightInput>;

/** What the ERP would have got: the document's number and type, its lines and its customer's symbol. */
export const ZPreflightWritten = z.object({
  type: z.string(),
  number: z.string(),
  lines: z.number().int(),
  customer: z.string().nullable(),
  warehouseId: z.number().int().nullable(),
});

export const ZPreflightVerdict = z.discriminatedUnion("ok", [
  z.object({ document: ZPreflightDocument, ok: z.literal(true), written: ZPreflightWritten }),
  z.object({
    document: ZPreflightDocument,
    ok: z.literal(false),
    /** The ERP's message with our reading (table.column, value), as the write would fail. */
    error: z.object({ code: ZErrorCode, message: z.string() }),
  }),
]);
export type TPreflightVerdict = z.infer<typeof ZPreflightVerdict>;

export const ZErpWritesPreflightResult = z.object({
  verdicts: z.array(ZPreflightVerdict),
  /** What the sample documents were made of, as the agent chose it. */
  sample: z.object({
    sku: z.string().nullable(),
    warehouseId: z.number().int().nullable(),
    transferToWarehouseId: z.number().int().nullable(),
  }),
});
export type TErpWritesPreflightResult = z.infer<typeof ZErpWritesPreflightResult>;
