import type { TCommandInput, TCommandResult, TWrittenDocument } from "@erp-bridge/shared";

/**
 * Live available stock (on hand minus reserved, never below zero) by SKU, then by warehouse id,
 * for an order's SKUs in its warehouses. A SKU the ERP keeps no stock of (a service) is absent;
 * a SKU with no stock row in a warehouse has 0 there.
 */
export type TAvailableStock = ReadonlyMap<string, ReadonlyMap<number, number>>;

/** An order line as it goes on the ZK: on one warehouse. A divided input line gives several. */
export type TPlacedLine = { sku: string; quantity: number; netPrice: number; warehouseId: number };

/** Why a write is refused, as a code and the values its words need (the portal translates it). */
export type TRefusal = { code: string; params: Record<string, string | number> };

/** How an order's lines go on its warehouses, or why they cannot (`path` names the input line). */
export type TDivision =
  | { ok: true; lines: TPlacedLine[]; warnings: string[] }
  | { ok: false; path: string; message: string; refusal?: TRefusal };

/** The caller's division policy, run by the writer on the stock it read in the write's transaction. */
export type TDivideOrderLines = (stock: TAvailableStock) => TDivision;

/** The documents the order commands write. */
export type TWrittenDocumentType = "ZK" | "FS" | "PA" | "KFS" | "MM";

/**
 * What a writer can do, declared so that the portal and the commands need not guess: the SQL
 * writer and a Sfera writer (issue 14) differ here, not in the calls they answer.
 */
export type TWriterCapabilities = {
  /** Which documents it issues; a call for another fails with ERP_REFUSED naming the type. */
  documentTypes: readonly TWrittenDocumentType[];
  /** Whether a ZK may reserve stock (st_StanRez). */
  reservation: boolean;
  /** Whether a PA is printed on a fiscal printer (the SQL writer never prints). */
  fiscalReceipt: boolean;
  /** Whether `dryRun` runs the write and rolls it back (rather than being refused). */
  dryRun: boolean;
};

/**
 * The one interface of the agent's ERP writes, in protocol terms (warehouses as ERP ids). Every
 * call is idempotent: by its key (a repeat returns the document first written, created=false) or,
 * for close, by the order's state. `dryRun` runs the write and rolls it back. Failures reject with
 * a CommandError: ERP_REFUSED when the ERP will not take the write as asked (the message starts
 * with the input field), ERP_UNAVAILABLE when the database failed; a retry is then safe.
 */
export type TErpWriter = {
  capabilities: TWriterCapabilities;
  /** Finds or creates the customer, then writes the ZK on the warehouses `divide` picks. */
  createOrder(options: {
    input: TCommandInput<"erp.order.create">;
    divide: TDivideOrderLines;
  }): Promise<TCommandResult<"erp.order.create">>;
  createSale(input: TCommandInput<"erp.order.sale">): Promise<TWrittenDocument>;
  createTransfer(input: TCommandInput<"erp.order.transfer">): Promise<TWrittenDocument>;
  closeOrder(input: TCommandInput<"erp.order.close">): Promise<TWrittenDocument>;
  createReturn(input: TCommandInput<"erp.order.return">): Promise<TWrittenDocument>;
};
