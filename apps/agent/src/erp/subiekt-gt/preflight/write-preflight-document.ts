import { randomBytes } from "node:crypto";
import {
  ZCreateCustomerInput,
  ZErpOrderCreateInput,
  type TPreflightDocument,
  type TWrittenDocument,
  type ZPreflightWritten,
} from "@erp-bridge/shared";
import type { z } from "zod";
import { CommandError } from "../../../errors/command-error.ts";
import { createCustomer } from "../writes/create-customer.ts";
import { customerIdNeeds } from "../writes/id-needs.ts";
import { runWrite, type TWriteDb } from "../writes/run-write.ts";
import { createSqlWriter } from "../writes/sql-writer.ts";
import { toCommandError } from "../writes/to-command-error.ts";

type TWritten = z.infer<typeof ZPreflightWritten>;
/** The sample as the order documents need it: a product and the warehouses, all known. */
export type TOrderSample = { sku: string; warehouseId: number; transferToWarehouseId: number | null };

/** A run's own keys and customer symbol, so nothing it writes can match an earlier document. */
export function preflightRunId(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}

/**
 * Writes one preflight document for real, with the documents it is issued from written first, all
 * through the SQL writer joined to `erp.enclosing` (the caller rolls it back). A prerequisite that
 * fails is named in the message: the document itself was then never tried.
 */
export async function writePreflightDocument(options: {
  erp: TWriteDb;
  document: TPreflightDocument;
  sample: TOrderSample;
  run: string;
}): Promise<TWritten> {
  const { erp, document, sample, run } = options;
  const writer = createSqlWriter(erp);
  const key = (suffix: string) => `PREFLIGHT-${run}-${suffix}`;
  const symbol = `PF-${run}`;
  const order = async (reserve: boolean) => {
    const input = ZErpOrderCreateInput.parse({
      key: key(reserve ? "ZKR" : "ZK"),
      customer: { symbol, name: "Klient próbny ERP Bridge", email: `preflight-${run.toLowerCase()}@example.com` },
      warehouseIds: [sample.warehouseId],
      split: false,
      reserve,
      lines: [{ sku: sample.sku, quantity: 1, netPrice: 10 }],
      writer: "sql",
    });
    const placed = { sku: sample.sku, quantity: 1, netPrice: 10, warehouseId: sample.warehouseId };
    return writer.createOrder({ input, divide: () => ({ ok: true, lines: [placed], warnings: [] }) });
  };
  const written = (doc: TWrittenDocument): TWritten => ({
    type: doc.type,
    number: doc.number,
    lines: doc.lines.length,
    customer: symbol,
    warehouseId: doc.warehouseId,
  });
  // Real orders reserve (the portal's orderCreateCommand), so the documents after a ZK follow a reserving one.
  const orderFirst = () => first("ZK", order(true));
  // The preflight asks whether the ERP takes the write, not whether the integration lets the SQL
  // writer issue sale documents (the portal asks for FS/PA/KFS only where our writers issue them),
  // so the guard for a real SQL Server is passed as chosen; the transaction is rolled back anyway.
  const sale = (kind: "FS" | "PA") =>
    writer.createSale({
      key: key(kind),
      kind,
      orderKey: key("ZKR"),
      dryRun: false,
      writer: "sql",
      sqlSalesChosen: true,
    });
  switch (document) {
    case "customer": {
      const input = ZCreateCustomerInput.parse({ symbol, name: "Klient próbny ERP Bridge", city: "Warszawa" });
      const result = await runWrite({
        erp,
        dryRun: false,
        ids: customerIdNeeds,
        write: (ctx) => createCustomer(ctx, input),
      }).catch((error: unknown) => {
        throw toCommandError(error);
      });
      return {
        type: "customer",
        number: result.customer.symbol,
        lines: 0,
        customer: result.customer.symbol,
        warehouseId: null,
      };
    }
    case "ZK":
    case "ZK_reserved": {
      const result = await order(document === "ZK_reserved");
      return { ...written(result.order), customer: result.customer.symbol };
    }
    case "FS":
    case "PA":
      await orderFirst();
      return written(await sale(document));
    case "KFS":
      await orderFirst();
      await first("FS", sale("FS"));
      return written(
        await writer.createReturn({
          key: key("KFS"),
          saleKey: key("FS"),
          lines: [{ sku: sample.sku, quantity: 1 }],
          dryRun: false,
          writer: "sql",
          sqlSalesChosen: true,
        }),
      );
    case "MM": {
      const to = sample.transferToWarehouseId;
      if (to === null) {
        throw new CommandError({
          code: "ERP_REFUSED",
          message: "toWarehouseId: the ERP has no second warehouse to carry goods to; an MM needs one",
        });
      }
      await orderFirst();
      return written(
        await writer.createTransfer({
          key: key("MM"),
          orderKey: key("ZKR"),
          fromWarehouseId: sample.warehouseId,
          toWarehouseId: to,
          lines: [{ sku: sample.sku, quantity: 1 }],
          dryRun: false,
          writer: "sql",
        }),
      );
    }
  }
}

/** A document written first for the one under test: its failure says so, with the ERP's words. */
async function first<T>(what: string, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const failed = toCommandError(error);
    if (!(failed instanceof CommandError)) throw failed;
    throw new CommandError({ code: failed.code, message: `${what} (written first): ${failed.message}` });
  }
}
