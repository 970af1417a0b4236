import { z } from "zod";
import {
  ZErpOrderCloseInput,
  ZErpOrderCreateInput,
  ZErpOrderCreateResult,
  ZErpOrderReturnInput,
  ZErpOrderSaleInput,
  ZErpOrderTransferInput,
  ZWrittenDocument,
} from "./erp-orders.ts";
import { ZErpProductsFindInput, ZErpProductsFindResult } from "./erp-products-find.ts";
import { ZErpProductsSearchInput, ZErpProductsSearchResult } from "./erp-products-search.ts";
import { ZErpReadInput, ZErpReadPage, ZErpReadResult } from "./erp-read.ts";
import { ZErpStatus, ZSferaCheck } from "./erp-status.ts";
import { ZErpWritesPreflightInput, ZErpWritesPreflightResult } from "./erp-writes-preflight.ts";

export const ZCommandName = z.enum([
  "diagnostics.echo",
  "diagnostics.sleep",
  "diagnostics.stream",
  "erp.status",
  "erp.sfera.check",
  "erp.read",
  "erp.products.find",
  "erp.products.search",
  "erp.order.create",
  "erp.order.sale",
  "erp.order.transfer",
  "erp.order.close",
  "erp.order.return",
  "erp.writes.preflight",
]);
export type TCommandName = z.infer<typeof ZCommandName>;
export const COMMAND_NAMES = ZCommandName.options;

/**
 * The closed catalogue of work the portal may ask of an agent. Each entry: its input, its
 * final result, and for streamed commands the schema of one page. Nothing outside this
 * catalogue can cross the tunnel; in particular never SQL.
 */
export const COMMANDS = {
  /** Round trip through the dispatcher: used by staff to check an agent, and by the benchmark. */
  "diagnostics.echo": {
    input: z.object({ text: z.string().max(10_000) }),
    result: z.object({ text: z.string(), agentTime: z.iso.datetime() }),
    page: null,
  },
  /** Waits, honouring cancellation: lets staff and tests exercise timeouts. */
  "diagnostics.sleep": {
    input: z.object({ ms: z.number().int().min(0).max(600_000) }),
    result: z.object({ sleptMs: z.number().int() }),
    page: null,
  },
  /** Streams synthetic pages: measures the tunnel's throughput on a client's line. */
  "diagnostics.stream": {
    input: z.object({
      pages: z.number().int().min(1).max(100_000),
      pageBytes: z
        .number()
        .int()
        .min(1)
        .max(512 * 1024),
    }),
    result: z.object({ pages: z.number().int(), bytes: z.number().int() }),
    page: z.object({ seq: z.number().int(), filler: z.string() }),
  },
  /** Checks the ERP connection configured on the agent. */
  "erp.status": {
    input: z.object({}),
    result: ZErpStatus,
    page: null,
  },
  /** `agent sfera-check` through the agent's running Sfera session: reads one product and customer, saves nothing. */
  "erp.sfera.check": {
    input: z.object({}),
    result: ZSferaCheck,
    page: null,
  },
  /** Pages of one connector read (products, stock, documents...), from a stored cursor. */
  "erp.read": {
    input: ZErpReadInput,
    result: ZErpReadResult,
    page: ZErpReadPage,
  },
  /** A few products by SKU or EAN, with stock and prices, read live (setup checks; nothing stored). */
  "erp.products.find": { input: ZErpProductsFindInput, result: ZErpProductsFindResult, page: null },
  /** Sellable goods by part of a symbol, EAN or name, with stock; goods in stock for an empty query (setup). */
  "erp.products.search": { input: ZErpProductsSearchInput, result: ZErpProductsSearchResult, page: null },
  /** Finds or creates the customer, then writes the ZK (reserving, divided across warehouses). */
  "erp.order.create": { input: ZErpOrderCreateInput, result: ZErpOrderCreateResult, page: null },
  /** Issues the FS or PA for a ZK. */
  "erp.order.sale": { input: ZErpOrderSaleInput, result: ZWrittenDocument, page: null },
  /** An MM carrying a ZK's goods (and its reservation) to another warehouse. */
  "erp.order.transfer": { input: ZErpOrderTransferInput, result: ZWrittenDocument, page: null },
  /** Cancels or completes a ZK. */
  "erp.order.close": { input: ZErpOrderCloseInput, result: ZWrittenDocument, page: null },
  /** A KFS against a sale document. */
  "erp.order.return": { input: ZErpOrderReturnInput, result: ZWrittenDocument, page: null },
  /** Every document the integration will write, written and rolled back: what each would be, or why not. */
  "erp.writes.preflight": { input: ZErpWritesPreflightInput, result: ZErpWritesPreflightResult, page: null },
} as const satisfies Record<TCommandName, { input: z.ZodType; result: z.ZodType; page: z.ZodType | null }>;

export type TCommandInput<N extends TCommandName> = z.infer<(typeof COMMANDS)[N]["input"]>;
export type TCommandResult<N extends TCommandName> = z.infer<(typeof COMMANDS)[N]["result"]>;

export function isCommandName(name: string): name is TCommandName {
  return ZCommandName.safeParse(name).success;
}
