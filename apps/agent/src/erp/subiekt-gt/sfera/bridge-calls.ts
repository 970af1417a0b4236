import { z } from "zod";
import { ZExternalKey, ZMoney, ZPayment, ZQuantity } from "@erp-bridge/shared";

/**
 * What the agent may ask the Sfera bridge, and what each answer holds: the same names and shapes
 * as the bridge's CallTable (apps/sfera-bridge/src/Sfera/Calls). Subiekt's objects travel by id
 * (customers, warehouses, documents), as Sfera takes them; the agent resolves keys and symbols to
 * ids over SQL. A write answers with the document's id and number only: the agent reads the rest
 * back by SQL, as every public bridge does.
 */
const ZId = z.number().int().positive();
const ZSku = z.string().trim().min(1).max(50);
const ZRecord = z.object({ id: z.number().int(), symbol: z.string(), name: z.string() });
const ZDocumentId = z.object({ id: z.number().int(), number: z.string() });
const ZWritten = z.object({ document: ZDocumentId, created: z.boolean(), warnings: z.array(z.string()) });
/** A keyed write's answer; created is false when the key was already written (a repeat). */
export type TBridgeWritten = z.infer<typeof ZWritten>;
const ZGoodsLines = z
  .array(z.object({ sku: ZSku, quantity: ZQuantity }))
  .min(1)
  .max(500);

/** The login session.open carries: Subiekt's SQL login and the dedicated operator. */
export const ZSessionLogin = z.object({
  server: z.string().min(1),
  database: z.string().min(1),
  sqlUser: z.string().min(1),
  sqlPassword: z.string(),
  operator: z.string().min(1),
  operatorPassword: z.string(),
});
export type TSessionLogin = z.infer<typeof ZSessionLogin>;

export const ZBridgeHealth = z.object({
  state: z.enum(["not_logged_in", "starting", "ready"]),
  operator: z.string().nullable(),
  subiektVersion: z.string().nullable(),
  subiektProcessId: z.number().int().nullable(),
  lastSaveAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
  queueLength: z.number().int().nonnegative(),
  busy: z.object({ type: z.string(), forMs: z.number().nonnegative() }).nullable(),
  process64Bit: z.boolean(),
});

/** One call: its message type, and the schemas of what goes out and what comes back. */
export type TBridgeCall<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> = {
  type: string;
  payload: P;
  result: R;
};

function bridgeCall<P extends z.ZodType, R extends z.ZodType>(type: string, spec: { payload: P; result: R }) {
  return { type, ...spec } satisfies TBridgeCall<P, R>;
}

export const BRIDGE_CALLS = {
  /** Answered off the STA thread, so it reports "starting" and the queue while a call runs. */
  health: bridgeCall("health", { payload: z.object({}), result: ZBridgeHealth }),
  "session.open": bridgeCall("session.open", {
    payload: ZSessionLogin,
    result: z.object({
      operator: z.string(),
      subiektVersion: z.string().nullable(),
      subiektProcessId: z.number().int().nullable(),
    }),
  }),
  /** One product and one customer read through Sfera; saves nothing (`agent sfera-check`). */
  "catalog.read": bridgeCall("catalog.read", {
    payload: z.object({ productSymbol: z.string().min(1), customerSymbol: z.string().min(1) }),
    result: z.object({ product: ZRecord.nullable(), customer: ZRecord.nullable() }),
  }),
  "customer.create": bridgeCall("customer.create", {
    payload: z.object({
      symbol: z.string().trim().min(1).max(20),
      name: z.string().trim().min(1).max(50),
      fullName: z.string().max(255).optional(),
      nip: z.string().optional(),
      email: z.email().max(255).optional(),
      street: z.string().max(60).optional(),
      postalCode: z.string().max(8).optional(),
      city: z.string().max(40).optional(),
    }),
    result: z.object({ customer: z.object({ id: z.number().int(), symbol: z.string() }), created: z.boolean() }),
  }),
  "order.create": bridgeCall("order.create", {
    payload: z.object({
      key: ZExternalKey,
      customerId: ZId,
      warehouseId: ZId,
      reserve: z.boolean(),
      deliveryDue: z.iso.datetime().optional(),
      lines: z
        .array(z.object({ sku: ZSku, quantity: ZQuantity, netPrice: ZMoney, warehouseId: ZId.optional() }))
        .min(1)
        .max(500),
    }),
    result: ZWritten,
  }),
  "sale.create": bridgeCall("sale.create", {
    payload: z.object({
      key: ZExternalKey,
      kind: z.enum(["FS", "PA"]),
      orderId: ZId,
      payment: ZPayment.optional(),
      /** A receipt goes to this fiscal printer (Subiekt's uf_Konfiguracja id) when set. */
      fiscalPrinterId: ZId.optional(),
    }),
    result: ZWritten,
  }),
  "return.create": bridgeCall("return.create", {
    payload: z.object({ key: ZExternalKey, saleId: ZId, lines: ZGoodsLines }),
    result: ZWritten,
  }),
  "transfer.create": bridgeCall("transfer.create", {
    payload: z.object({
      key: ZExternalKey,
      fromWarehouseId: ZId,
      toWarehouseId: ZId,
      /** The ZK the goods are for: its positions in the source, and their reservation, follow them. */
      orderId: ZId.optional(),
      lines: ZGoodsLines,
    }),
    result: ZWritten,
  }),
  "order.close": bridgeCall("order.close", {
    payload: z.object({ orderId: ZId, action: z.enum(["cancel", "complete"]) }),
    result: ZWritten,
  }),
  "document.flag": bridgeCall("document.flag", {
    payload: z.object({ documentId: ZId, flag: z.string().min(1).max(50), comment: z.string().max(1000).optional() }),
    result: z.object({ document: ZDocumentId }),
  }),
};

export type TBridgeCallType = keyof typeof BRIDGE_CALLS;
/** The writes that carry a key, and the document types the key is looked up among. */
export const KEYED_TYPES = ["ZK", "FS", "PA", "KFS", "MM"] as const;
