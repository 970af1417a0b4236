import { ZPayment, ZWriterChoice } from "@erp-bridge/shared";
import { z } from "zod";

/** The data groups in the order an implementer sets them up; keys of `dataGroups`. */
export const DATA_GROUP_KEYS = ["products", "prices", "stock", "customers", "documents", "promotions"] as const;
export type TDataGroupKey = (typeof DATA_GROUP_KEYS)[number];

/**
 * erp_to_portal: the ERP is the master and the cloud copy follows it. both: the portal also
 * writes to the ERP (customers created by orders, documents issued for them).
 */
export const ZDirection = z.enum(["erp_to_portal", "both"]);

const ZDataGroup = z.object({
  enabled: z.boolean(),
  direction: ZDirection,
  intervalSeconds: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 3600),
});
export type TDataGroupSettings = z.infer<typeof ZDataGroup>;

/** Goods and their prices and stock belong to the ERP: the portal never writes them. */
export const ERP_MASTERED: readonly TDataGroupKey[] = ["products", "prices", "stock", "promotions"];

/** Promotions came after the first integrations were saved: settings without them sync them like prices. */
const PROMOTIONS_DEFAULT = { enabled: true, direction: "erp_to_portal", intervalSeconds: 300 } as const;

const erpId = z.number().int().positive();

const minutes = (max: number) => z.number().int().min(1).max(max);

/** When staff (and, if chosen, the client's users) get an alert in the portal and by e-mail. */
export const ZAlertSettings = z.object({
  agentOfflineMinutes: minutes(24 * 60),
  syncLagMinutes: minutes(7 * 24 * 60),
  /** Orders the ERP refused, waiting for staff. */
  errorQueueSize: z.number().int().min(1).max(100_000),
  notifyClient: z.boolean(),
});
export type TAlertSettings = z.infer<typeof ZAlertSettings>;
export const DEFAULT_ALERTS: TAlertSettings = {
  agentOfflineMinutes: 10,
  syncLagMinutes: 60,
  errorQueueSize: 1,
  notifyClient: false,
};
const code = z.string().trim().min(1).max(100);

/**
 * Which of the agent's writers issues each document (issue 14): `sql` writes Subiekt's tables,
 * `sfera` has Subiekt save the document itself through its Sfera API (needs the client's Sfera
 * licence and the agent's "sfera" settings). `order` is the customer and the ZK, and the ZK's
 * cancellation; `sale` FS or PA; `return` KFS; `transfer` MM.
 */
export const WRITER_DOCUMENTS = ["order", "sale", "return", "transfer"] as const;
export type TWriterDocument = (typeof WRITER_DOCUMENTS)[number];
export const ZDocumentWriters = z.object({
  order: ZWriterChoice,
  sale: ZWriterChoice,
  return: ZWriterChoice,
  transfer: ZWriterChoice,
});
export type TDocumentWriters = z.infer<typeof ZDocumentWriters>;
export const DEFAULT_WRITERS: TDocumentWriters = { order: "sql", sale: "sql", return: "sql", transfer: "sql" };

/**
 * What each writer can do, as the agent's writers declare it (apps/agent/src/erp: the SQL writer,
 * and the Sfera writer, whose receipts print only when the agent names a fiscal printer).
 */
export const WRITER_CAPABILITIES = {
  sql: { reservation: true, fiscalReceipt: "never", dryRun: true, numbering: "agent" },
  sfera: { reservation: true, fiscalReceipt: "when_configured", dryRun: false, numbering: "subiekt" },
} as const;

/**
 * Who issues the sale documents (FS, PA) and their corrections (KFS) in the ERP (issue 13):
 * `erp`: Subiekt's operator, from the order's ZK, so Subiekt prints the fiscal receipt, prepares
 * the KSeF e-invoice and books the settlement; the order waits, visibly, until the documents sync
 * finds the document and links it. `writer`: our writer chosen in `writers` (sale, return).
 */
export const ZSaleDocuments = z.enum(["erp", "writer"]);
export type TSaleDocuments = z.infer<typeof ZSaleDocuments>;

/**
 * What happens to an order from a B2B channel whose customer is in trouble with credit (issue 20):
 * `accept` writes it to the ERP as any other; `hold` keeps it from the ERP for staff, with the
 * reason, when its total would take the customer's balance over their credit limit (`overLimit`)
 * or when they have an amount overdue more than `overdueDays` days (null: not checked). Judged on
 * the cloud copy's customer (the customers sync), so holding needs that sync.
 */
export const ZCreditHolds = z.object({
  policy: z.enum(["accept", "hold"]),
  overLimit: z.boolean(),
  overdueDays: z.number().int().min(0).max(3650).nullable(),
});
export type TCreditHolds = z.infer<typeof ZCreditHolds>;
/** Nothing is held until staff choose to: integrations saved before the rule behave as before. */
export const DEFAULT_CREDIT_HOLDS: TCreditHolds = { policy: "accept", overLimit: true, overdueDays: 30 };
/** The ERP's custom product fields (Subiekt GT: tw_Pole1..8). */
export const CUSTOM_FIELD_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** A custom field's name in the channel API: a JSON key a channel's code can use as it is. */
const API_FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

const ZProductCustomField = z.object({
  field: z.number().int().min(1).max(8),
  name: z
    .string()
    .trim()
    .min(1)
    .refine((name) => API_FIELD_NAME.test(name), { params: { code: "apiFieldName" } }),
});

export const ZIntegrationSettings = z
  .object({
    dataGroups: z.object({
      products: ZDataGroup,
      prices: ZDataGroup,
      stock: ZDataGroup,
      customers: ZDataGroup,
      documents: ZDataGroup,
      promotions: ZDataGroup.default(PROMOTIONS_DEFAULT),
    }),
    /** ERP warehouses in use and their role; showrooms are points of sale with their own stock. */
    warehouses: z
      .array(
        z.object({
          erpId,
          role: z.enum(["store", "showroom", "other"]),
          /** The ERP's symbol and name when the settings were checked against it (for people to read). */
          code: z.string().max(50).optional(),
          name: z.string().max(200).optional(),
        }),
      )
      .max(200),
    /** How a channel's order line names a product in the ERP. */
    productIdentifier: z.enum(["sku", "ean"]),
    /** A channel's VAT code ("23", "8", "5", "0", "zw") to the ERP's VAT rate id. */
    vatMapping: z.array(z.object({ channelRate: code, erpVatRateId: erpId })).max(50),
    /** A channel's unit ("pcs") to the ERP's unit code ("szt."). */
    unitMapping: z.array(z.object({ channelUnit: code, erpUnitCode: code })).max(100),
    paymentMethods: z.array(z.object({ channelCode: code, erpName: code, prepaid: z.boolean() })).max(100),
    deliveryMethods: z
      .array(
        z.object({
          channelCode: code,
          kind: z.enum(["courier", "parcel_locker", "showroom_pickup"]),
          /** For showroom pickup: the showroom's warehouse. */
          showroomWarehouseId: erpId.nullable(),
        }),
      )
      .max(100),
    /** A channel's order status to the portal's order status. */
    orderStatusMapping: z.array(z.object({ channelStatus: code, portalStatus: code })).max(100),
    /** Click-and-collect: an MM transfer to the showroom, or statuses only. */
    clickAndCollect: z.enum(["transfer", "statuses_only"]),
    /** The sale document for a buyer without a NIP (with one, always an invoice). */
    saleDocumentWithoutNip: z.enum(["PA", "FS"]),
    /** Settings saved before alerts existed read as the defaults. */
    alerts: ZAlertSettings.default(DEFAULT_ALERTS),
    /** Settings saved before the Sfera writer existed read as SQL for every document. */
    writers: ZDocumentWriters.default(DEFAULT_WRITERS),
    /**
     * Settings saved before the choice existed read as our writer, as they behaved: on the sandbox
     * nothing changes. On a real SQL Server the SQL writer then refuses them (below), because
     * nobody chose it there and a PA without a fiscal receipt or an FS outside KSeF is not safe
     * to keep issuing unasked; staff see the refusal in the error queue and choose.
     */
    saleDocuments: ZSaleDocuments.default("writer"),
    /**
     * Staff chose that the SQL writer issues FS, PA and KFS on a real SQL Server, accepting that
     * it prints no receipt, sends nothing to KSeF and books no settlement. Without it the agent's
     * SQL writer refuses them there (the sandbox does not ask).
     */
    sqlSalesChosen: z.boolean().default(false),
    creditHolds: ZCreditHolds.default(DEFAULT_CREDIT_HOLDS),
    /**
     * Which of the ERP's custom product fields the channels see on a product card, under what
     * name; the others (a shelf location, a buyer's note) stay in the ERP. Settings saved before
     * the choice read as none.
     */
    productCustomFields: z.array(ZProductCustomField).max(8).default([]),
  })
  .superRefine((settings, ctx) => {
    for (const key of ERP_MASTERED) {
      if (settings.dataGroups[key].direction !== "erp_to_portal") {
        ctx.addIssue({
          code: "custom",
          path: ["dataGroups", key, "direction"],
          params: { code: "erpMastered" },
        });
      }
    }
    settings.deliveryMethods.forEach((method, index) => {
      const showroom = settings.warehouses.find((w) => w.erpId === method.showroomWarehouseId);
      if (method.kind === "showroom_pickup" && showroom?.role !== "showroom") {
        ctx.addIssue({
          code: "custom",
          path: ["deliveryMethods", index, "showroomWarehouseId"],
          params: { code: "notShowroom" },
        });
      }
    });
    settings.productCustomFields.forEach((chosen, index) => {
      const earlier = settings.productCustomFields.slice(0, index);
      if (earlier.some((other) => other.field === chosen.field)) {
        ctx.addIssue({
          code: "custom",
          path: ["productCustomFields", index, "field"],
          params: { code: "listedTwice" },
        });
      }
      if (earlier.some((other) => other.name === chosen.name)) {
        ctx.addIssue({ code: "custom", path: ["productCustomFields", index, "name"], params: { code: "listedTwice" } });
      }
    });
    const seen = new Set<number>();
    settings.warehouses.forEach((warehouse, index) => {
      if (seen.has(warehouse.erpId)) {
        ctx.addIssue({ code: "custom", path: ["warehouses", index, "erpId"], params: { code: "listedTwice" } });
      }
      seen.add(warehouse.erpId);
    });
  });
export type TIntegrationSettings = z.infer<typeof ZIntegrationSettings>;

/**
 * Settings as a save takes them: also every payment method names how the ERP books it (cash,
 * card, transfer, credit), or the sale document would silently go without its payment; and sale
 * documents left to Subiekt's operator need the documents sync, the only way a waiting order
 * learns of the operator's FS or PA (without it every paid order would wait for ever); holding
 * orders on credit needs the customers sync and at least one rule. Reading
 * stays lenient, so a version saved before these checks still opens.
 */
export const ZSavedSettings = ZIntegrationSettings.superRefine((settings, ctx) => {
  if (settings.saleDocuments === "erp" && !settings.dataGroups.documents.enabled) {
    ctx.addIssue({ code: "custom", path: ["saleDocuments"], params: { code: "saleDocumentsNeedSync" } });
  }
  // Balances and overdue amounts come only from the customers sync: without it nothing could be held.
  const { creditHolds } = settings;
  if (creditHolds.policy === "hold" && !settings.dataGroups.customers.enabled) {
    ctx.addIssue({ code: "custom", path: ["creditHolds", "policy"], params: { code: "creditHoldsNeedSync" } });
  }
  if (creditHolds.policy === "hold" && !creditHolds.overLimit && creditHolds.overdueDays === null) {
    ctx.addIssue({ code: "custom", path: ["creditHolds", "policy"], params: { code: "creditHoldsNoRule" } });
  }
  settings.paymentMethods.forEach((method, index) => {
    if (!ZPayment.safeParse(method.erpName).success) {
      ctx.addIssue({
        code: "custom",
        path: ["paymentMethods", index, "erpName"],
        params: { code: "paymentKind" },
      });
    }
  });
});

/**
 * What a new integration starts with: everything syncs from the ERP; stock often enough that a
 * change reaches the channels within seconds (the stock read is a cheap hash-diff pass).
 */
export const DEFAULT_SETTINGS: TIntegrationSettings = {
  dataGroups: {
    products: { enabled: true, direction: "erp_to_portal", intervalSeconds: 300 },
    prices: { enabled: true, direction: "erp_to_portal", intervalSeconds: 300 },
    stock: { enabled: true, direction: "erp_to_portal", intervalSeconds: 5 },
    customers: { enabled: true, direction: "both", intervalSeconds: 900 },
    documents: { enabled: true, direction: "both", intervalSeconds: 60 },
    promotions: PROMOTIONS_DEFAULT,
  },
  warehouses: [],
  productIdentifier: "sku",
  vatMapping: [],
  unitMapping: [],
  paymentMethods: [],
  deliveryMethods: [],
  orderStatusMapping: [],
  clickAndCollect: "transfer",
  saleDocumentWithoutNip: "PA",
  alerts: DEFAULT_ALERTS,
  writers: DEFAULT_WRITERS,
  // A new integration leaves sale documents to Subiekt: safe on a real SQL Server. The wizard
  // suggests our writer when the agent's ERP is the sandbox (the demo), and test seeds choose it.
  saleDocuments: "erp",
  sqlSalesChosen: false,
  creditHolds: DEFAULT_CREDIT_HOLDS,
  productCustomFields: [],
};

/** Stored settings read back. Only validated settings are stored, so a failure here is a bug. */
export function readSettings(stored: unknown): TIntegrationSettings {
  return ZIntegrationSettings.parse(stored);
}
