import type { z } from "zod";
import { keyOfStored } from "../../schema/document-key.ts";
import { BRIDGE_CALLS, type TBridgeCall, type TBridgeCallType } from "../bridge-calls.ts";
import type { TLookup } from "../bridge-messages.ts";
import { suffer, takeFault } from "./faults.ts";
import type { TSandboxNames } from "./sandbox-names.ts";
import { BridgeFailure, type TBridgeHandler, type TBridgeTools } from "./serve-bridge.ts";
import type { TEmulatedWrites } from "./sql-writer-adapter.ts";

type TWritten = { document: { id: number; number: string }; created: boolean; warnings: string[] };

/**
 * The emulated bridge's calls: what SferaBridge.exe does with Sfera, done with the SQL writer on
 * the sandbox. Each keyed write asks the agent for its key first and returns the document found,
 * exactly as the real bridge does, then writes; the fault plan can hang or kill it around the write.
 */
export function emulatedCalls(options: {
  writes: TEmulatedWrites;
  names: TSandboxNames;
  faultsFile: string | undefined;
  session: {
    open: (operator: string) => Promise<{ operator: string; subiektVersion: string; subiektProcessId: number }>;
    saved: () => void;
  };
}): Record<Exclude<TBridgeCallType, "health">, TBridgeHandler> {
  const { writes, names, faultsFile, session } = options;
  const keyed = (type: TBridgeCallType, lookup: TLookup, tools: TBridgeTools, write: () => Promise<TWritten>) =>
    unavailableOnCrash(async () => {
      const fault = takeFault({ file: faultsFile, type });
      const found = await tools.lookup(lookup);
      if (found) return { document: found, created: false, warnings: [] };
      await suffer({ fault, moment: "before-write" });
      const result = await write();
      if (result.created) session.saved();
      await suffer({ fault, moment: "after-write" });
      return result;
    });
  return {
    "session.open": async (raw) => session.open(parse(BRIDGE_CALLS["session.open"], raw).operator),
    "catalog.read": async (raw) => {
      const input = parse(BRIDGE_CALLS["catalog.read"], raw);
      return {
        product: (await names.product(input.productSymbol)) ?? null,
        customer: (await names.customer(input.customerSymbol)) ?? null,
      };
    },
    "customer.create": async (raw) => {
      const input = parse(BRIDGE_CALLS["customer.create"], raw);
      return unavailableOnCrash(() => writes.createCustomer(input));
    },
    "order.create": async (raw, tools) => {
      const input = parse(BRIDGE_CALLS["order.create"], raw);
      return keyed("order.create", { key: input.key, types: ["ZK"] }, tools, async () =>
        writes.createOrder({
          externalKey: plainKey(input.key),
          customer: { symbol: await names.customerSymbol({ id: input.customerId, path: "customerId" }) },
          warehouse: await names.warehouseCode({ id: input.warehouseId, path: "warehouseId" }),
          reserve: input.reserve,
          deliveryDue: input.deliveryDue,
          lines: await Promise.all(
            input.lines.map(async (line, index) => ({
              product: { sku: line.sku },
              quantity: line.quantity,
              netPrice: line.netPrice,
              warehouse:
                line.warehouseId === undefined
                  ? undefined
                  : await names.warehouseCode({ id: line.warehouseId, path: `lines.${index}.warehouseId` }),
            })),
          ),
        }),
      );
    },
    "sale.create": async (raw, tools) => {
      const input = parse(BRIDGE_CALLS["sale.create"], raw);
      return keyed("sale.create", { key: input.key, types: ["FS", "PA"] }, tools, async () =>
        writes.createSale({
          externalKey: plainKey(input.key),
          kind: input.kind,
          order: { number: await names.documentNumber({ id: input.orderId, path: "orderId" }) },
          payment: input.payment,
        }),
      );
    },
    "return.create": async (raw, tools) => {
      const input = parse(BRIDGE_CALLS["return.create"], raw);
      return keyed("return.create", { key: input.key, types: ["KFS"] }, tools, async () =>
        writes.createReturn({
          externalKey: plainKey(input.key),
          sale: { number: await names.documentNumber({ id: input.saleId, path: "saleId" }) },
          lines: input.lines.map((line) => ({ product: { sku: line.sku }, quantity: line.quantity })),
        }),
      );
    },
    "transfer.create": async (raw, tools) => {
      const input = parse(BRIDGE_CALLS["transfer.create"], raw);
      return keyed("transfer.create", { key: input.key, types: ["MM"] }, tools, async () =>
        writes.createTransfer({
          externalKey: plainKey(input.key),
          from: await names.warehouseCode({ id: input.fromWarehouseId, path: "fromWarehouseId" }),
          to: await names.warehouseCode({ id: input.toWarehouseId, path: "toWarehouseId" }),
          // As SferaBridge's OrderFollowsTransfer: the order's positions and reservation follow the goods.
          orderRef:
            input.orderId === undefined
              ? undefined
              : { number: await names.documentNumber({ id: input.orderId, path: "orderId" }) },
          lines: input.lines.map((line) => ({ product: { sku: line.sku }, quantity: line.quantity })),
        }),
      );
    },
    "order.close": async (raw) => {
      const input = parse(BRIDGE_CALLS["order.close"], raw);
      const number = await names.documentNumber({ id: input.orderId, path: "orderId" });
      return unavailableOnCrash(async () => {
        const result = await writes.closeOrder({ order: { number }, action: input.action });
        if (result.created) session.saved();
        return result;
      });
    },
    "document.flag": async () => {
      throw new BridgeFailure({
        code: "UNSUPPORTED",
        message: "the emulated bridge keeps no flags: the sandbox has no fl_Wartosc table",
        retryable: false,
      });
    },
  };
}

/**
 * The SQL writer takes the protocol's key and stores it prefixed; the bridge is given the stored
 * form and writes it as is. Turned back here, so the sandbox ends up with exactly the text Sfera
 * would have written; a key not in our stored form is refused, as the agent never sends one.
 */
function plainKey(key: string): string {
  const plain = keyOfStored(key);
  if (plain === null) {
    const message = `key: ${key} is not in the stored form (schema/document-key.ts) the agent sends`;
    throw new BridgeFailure({ code: "BAD_REQUEST", message, retryable: false });
  }
  return plain;
}

/** A payload the agent should never send malformed; when it does, BAD_REQUEST names the field. */
function parse<P extends z.ZodType, R extends z.ZodType>(call: TBridgeCall<P, R>, raw: unknown): z.output<P> {
  const parsed = call.payload.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const message = `${issue?.path.join(".") || "payload"}: ${issue?.message ?? "invalid"}`;
  throw new BridgeFailure({ code: "BAD_REQUEST", message, retryable: false });
}

/** The database failing under a write is the sandbox's "session died": retryable, as with Sfera. */
async function unavailableOnCrash<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof BridgeFailure) throw error;
    const message = `the ERP database failed: ${error instanceof Error ? error.message : String(error)}`;
    throw new BridgeFailure({ code: "SFERA_UNAVAILABLE", message, retryable: true });
  }
}
