import type { TCommandInput } from "@erp-bridge/shared";
import type { TDivideOrderLines } from "../../../erp-writer.ts";
import { findCustomerQuery } from "../../writes/create-customer.ts";
import { readAvailableStock } from "../../writes/create-order-with-customer.ts";
import { resolveProducts } from "../../writes/resolve.ts";
import type { TWriteContext } from "../../writes/run-write.ts";
import { loadWarehouses } from "../../writes/warehouse-dictionary.ts";
import { ErpWriteError } from "../../writes/write-error.ts";

/**
 * What the agent settles over SQL before it asks Sfera for a ZK, as the SQL writer does inside its
 * transaction: the warehouses exist, the customer (by NIP, else e-mail, else symbol; null when new),
 * the SKUs, and the division of the lines on the stock read now. Sfera checks the stock again when
 * it reserves; a line another writer took meanwhile is refused by Subiekt, in Subiekt's words.
 */
export async function planOrder(
  ctx: TWriteContext,
  options: { input: TCommandInput<"erp.order.create">; divide: TDivideOrderLines },
) {
  const { input } = options;
  const warehouses = await loadWarehouses(ctx);
  input.warehouseIds.forEach((id, index) => warehouses.codeOf({ id, path: `warehouseIds.${index}` }));
  const found = await findCustomerQuery(ctx, input.customer).executeTakeFirst();
  const products = await resolveProducts(ctx, {
    refs: input.lines.map((line) => ({ sku: line.sku })),
    path: (index) => `lines.${index}`,
  });
  const bySku = new Map(input.lines.flatMap((line, index) => (products[index] ? [[line.sku, products[index]]] : [])));
  const division = options.divide(await readAvailableStock(ctx, { bySku, warehouseIds: input.warehouseIds }));
  if (!division.ok) {
    const { path, message, refusal } = division;
    throw new ErpWriteError({ code: "conflict", path, message, refusal });
  }
  return {
    customer: found ? { id: found.kh_Id, symbol: found.kh_Symbol, created: false } : null,
    lines: division.lines,
    warnings: division.warnings,
  };
}
