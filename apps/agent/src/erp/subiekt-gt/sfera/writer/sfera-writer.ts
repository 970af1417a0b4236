import type { TCommandInput, TCommandResult, TWrittenDocument } from "@erp-bridge/shared";
import type { z } from "zod";
import { CommandError } from "../../../../errors/command-error.ts";
import type { TErpWriter, TWrittenDocumentType } from "../../../erp-writer.ts";
import { createDialectHelpers } from "../../../sql/dialect-helpers.ts";
import type { TIdPool } from "../../writes/allocate-ids.ts";
import { customerQuery } from "../../writes/resolve-queries.ts";
import { MAX_PLAIN_KEY, storedKey } from "../../schema/document-key.ts";
import type { TWriteContext, TWriteDb } from "../../writes/run-write.ts";
import { toCommandError } from "../../writes/to-command-error.ts";
import { BRIDGE_CALLS, type TBridgeCall } from "../bridge-calls.ts";
import type { TLookup } from "../bridge-messages.ts";
import { findDocumentByKey } from "../find-document-by-key.ts";
import type { SferaSupervisor } from "../sfera-supervisor.ts";
import { bridgeCommandError } from "./bridge-command-error.ts";
import { planOrder } from "./plan-order.ts";
import { readWritten } from "./read-written.ts";

/** The writer's SQL only reads (Sfera saves): a read that asked for a new row id would be a bug. */
const NO_IDS: TIdPool = {
  take: (table) => {
    throw new Error(`the Sfera writer reads only, yet asked for a ${table} id`);
  },
};

/** Every document the bridge issues (apps/sfera-bridge/src/Sfera/Calls). */
const SFERA_DOCUMENT_TYPES: readonly TWrittenDocumentType[] = ["ZK", "FS", "PA", "KFS", "MM"];

/**
 * The Sfera writer: Subiekt saves each document itself, through the supervised bridge, so Subiekt
 * numbers it, raises its reservations, prints the receipt and books the settlement. The agent
 * still does over SQL what Sfera need not: resolving keys to ids, the order's division on the
 * stock it reads, and reading each saved document back to answer in protocol terms, as the public
 * bridges do. A keyed write is idempotent twice over: checked here first, and by the bridge in the
 * same save (it asks the agent for the key), so a retry after a crash returns the first document.
 */
export function createSferaWriter(options: {
  supervisor: SferaSupervisor;
  erp: TWriteDb;
  fiscalPrinterId: number | undefined;
}): TErpWriter {
  const { supervisor, erp } = options;
  const h = createDialectHelpers({ dialect: erp.dialect });
  const sql = async <T>(read: (ctx: TWriteContext) => Promise<T>): Promise<T> => {
    try {
      return await erp.db.transaction().execute((tx) => read({ tx, h, dialect: erp.dialect, ids: NO_IDS }));
    } catch (error) {
      throw toCommandError(error);
    }
  };
  /**
   * Keys go to the bridge, and are looked up, in the form the SQL writer stores them ("EB…",
   * schema/document-key.ts): Sfera writes the text it is given, and either writer must find what
   * the other wrote under the same key when the integration's choice changes between attempts.
   */
  const stored = (key: string, path: string) => {
    const text = storedKey(key);
    if (text !== null) return text;
    throw new CommandError({ code: "ERP_REFUSED", message: `${path}: at most ${MAX_PLAIN_KEY} characters` });
  };
  const find = (lookup: TLookup) => sql(() => findDocumentByKey({ db: erp.db, h, lookup }));
  const call = async <P extends z.ZodType, R extends z.ZodType>(
    spec: TBridgeCall<P, R>,
    payload: z.input<P>,
  ): Promise<z.output<R>> => {
    const outcome = await supervisor.call(spec, payload);
    if (!outcome.ok) throw bridgeCommandError(outcome.error);
    return outcome.value;
  };
  /** The document a key names, which a later step needs by id; refused naming the field when absent. */
  const required = async (options: { key: string; types: TLookup["types"]; path: string }) => {
    const found = await find({ key: stored(options.key, options.path), types: options.types });
    if (found) return found;
    const types = options.types.join(" or ");
    throw new CommandError({ code: "ERP_REFUSED", message: `${options.path}: no ${types} with key ${options.key}` });
  };
  const back = (written: {
    document: { id: number };
    created: boolean;
    warnings: string[];
  }): Promise<TWrittenDocument> => sql((ctx) => readWritten(ctx, written));

  return {
    capabilities: {
      documentTypes: SFERA_DOCUMENT_TYPES,
      reservation: true,
      fiscalReceipt: options.fiscalPrinterId !== undefined,
      dryRun: false,
    },

    async createOrder({ input, divide }): Promise<TCommandResult<"erp.order.create">> {
      refuseDryRun(input.dryRun);
      const key = stored(input.key, "key");
      const earlier = await find({ key, types: ["ZK"] });
      if (earlier) {
        const order = await back({ document: earlier, created: false, warnings: [] });
        return { customer: await sql((ctx) => customerOf(ctx, earlier.id)), order };
      }
      const plan = await sql((ctx) => planOrder(ctx, { input, divide }));
      const customer = plan.customer ?? (await createCustomer(input.customer));
      const written = await call(BRIDGE_CALLS["order.create"], {
        key,
        customerId: customer.id,
        warehouseId: input.warehouseIds[0] ?? 0,
        reserve: input.reserve,
        deliveryDue: input.deliveryDue,
        lines: plan.lines,
      });
      const order = await back({ ...written, warnings: [...plan.warnings, ...written.warnings] });
      return { customer, order };
    },

    async createSale(input) {
      refuseDryRun(input.dryRun);
      const order = await required({ key: input.orderKey, types: ["ZK"], path: "orderKey" });
      const receipt = input.kind === "PA" ? options.fiscalPrinterId : undefined;
      return back(
        await call(BRIDGE_CALLS["sale.create"], {
          key: stored(input.key, "key"),
          kind: input.kind,
          orderId: order.id,
          payment: input.payment,
          fiscalPrinterId: receipt,
        }),
      );
    },

    async createTransfer(input) {
      refuseDryRun(input.dryRun);
      const { fromWarehouseId, toWarehouseId, lines } = input;
      const key = stored(input.key, "key");
      const order = await required({ key: input.orderKey, types: ["ZK"], path: "orderKey" });
      const payload = { key, fromWarehouseId, toWarehouseId, orderId: order.id, lines };
      return back(await call(BRIDGE_CALLS["transfer.create"], payload));
    },

    async closeOrder(input) {
      refuseDryRun(input.dryRun);
      const order = await required({ key: input.orderKey, types: ["ZK"], path: "orderKey" });
      return back(await call(BRIDGE_CALLS["order.close"], { orderId: order.id, action: input.action }));
    },

    async createReturn(input) {
      refuseDryRun(input.dryRun);
      const sale = await required({ key: input.saleKey, types: ["FS", "PA"], path: "saleKey" });
      const key = stored(input.key, "key");
      return back(await call(BRIDGE_CALLS["return.create"], { key, saleId: sale.id, lines: input.lines }));
    },
  };

  /** Not found by NIP, e-mail or symbol (planOrder looked): Subiekt creates the customer. */
  async function createCustomer(customer: TCommandInput<"erp.order.create">["customer"]) {
    const street = [customer.street, [customer.houseNumber, customer.flatNumber].filter(Boolean).join("/")]
      .filter(Boolean)
      .join(" ");
    const created = await call(BRIDGE_CALLS["customer.create"], {
      symbol: customer.symbol,
      name: customer.name,
      fullName: customer.fullName,
      nip: customer.nip,
      email: customer.email,
      street: street || undefined,
      postalCode: customer.postalCode || undefined,
      city: customer.city || undefined,
    });
    return { ...created.customer, created: created.created };
  }
}

/** Sfera saves or does not: there is no transaction to roll a dry run back in. */
function refuseDryRun(dryRun: boolean): void {
  if (!dryRun) return;
  throw new CommandError({
    code: "ERP_REFUSED",
    message: "dryRun: the Sfera writer cannot try a write and roll it back; choose the SQL writer for a dry run",
  });
}

async function customerOf(ctx: TWriteContext, orderId: number) {
  const order = await ctx.tx
    .selectFrom("dok__Dokument")
    .select("dok_OdbiorcaId")
    .where("dok_Id", "=", orderId)
    .executeTakeFirstOrThrow();
  const row =
    order.dok_OdbiorcaId === null
      ? undefined
      : await customerQuery(ctx, { id: order.dok_OdbiorcaId }).executeTakeFirst();
  if (!row) throw new CommandError({ code: "ERP_REFUSED", message: `key: the ZK ${orderId} has no customer` });
  return { id: row.kh_Id, symbol: row.kh_Symbol, created: false };
}
