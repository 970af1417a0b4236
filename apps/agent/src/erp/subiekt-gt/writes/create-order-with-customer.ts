import { ZCreateCustomerInput, type TCommandInput, type TCommandResult, type TErpDocument } from "@erp-bridge/shared";
import type { TAvailableStock, TDivideOrderLines } from "../../erp-writer.ts";
import { createCustomer } from "./create-customer.ts";
import { writeOrder } from "./create-order.ts";
import { lockKeyAndFindWritten } from "./lock-and-find-written.ts";
import { resolveProducts, type TProduct } from "./resolve.ts";
import { customerQuery } from "./resolve-queries.ts";
import type { TWriteContext } from "./run-write.ts";
import { ErpWriteError, parseInput } from "./write-error.ts";
import { availableStockQuery } from "./order-queries.ts";
import { reasonOf } from "./to-command-error.ts";
import { loadWarehouses } from "./warehouse-dictionary.ts";
import { DOCUMENTS_LOCK, lockWrites } from "./write-locks.ts";
import { toWrittenDocument } from "./written-document.ts";

/** uncertain: tw_Rodzaj 1 is goods; services (2), sets (8) and the rest keep no stock of their own. */
const GOODS = 1;

/**
 * erp.order.create in one transaction: the key check, the customer, the stock read, the division
 * and the ZK commit together. Only the last part (stock, number, inserts) holds the documents lock
 * that every document write waits for; the key check and the customer hold locks of their own. A repeat (a redelivery after a crash, a retry) finds the ZK first
 * and returns it with its customer, without reading stock again (its own reservation would now
 * make it look short), and a refused order leaves no customer behind.
 */
export async function createOrderWithCustomer(
  ctx: TWriteContext,
  options: { input: TCommandInput<"erp.order.create">; divide: TDivideOrderLines },
): Promise<TCommandResult<"erp.order.create">> {
  const { input } = options;
  const warehouses = await loadWarehouses(ctx);
  const written = (order: { created: boolean; document: TErpDocument; warnings: string[] }) =>
    toWrittenDocument({ result: { ...order, dryRun: input.dryRun }, warehouses });

  // Under the key's lock only: writes of other orders go on beside this one until it numbers its ZK.
  const earlier = await lockKeyAndFindWritten(ctx, { externalKey: input.key, types: ["ZK"] });
  if (earlier) return { customer: await customerOf(ctx, earlier.document), order: written(earlier) };

  input.warehouseIds.forEach((id, index) => warehouses.codeOf({ id, path: `warehouseIds.${index}` }));
  const customer = await findOrCreateCustomer(ctx, { ...input.customer, dryRun: input.dryRun });
  const products = await resolveProducts(ctx, {
    refs: input.lines.map((line) => ({ sku: line.sku })),
    path: (index) => `lines.${index}`,
  });
  // Keyed by the SKU as the order wrote it: the ERP compares SKUs case-insensitively and may spell it otherwise.
  const bySku = new Map(input.lines.flatMap((line, index) => (products[index] ? [[line.sku, products[index]]] : [])));
  // From here to the commit one writer at a time: the stock read, the division, the number and the
  // inserts. The documents lock comes before the stock rows, as in every other write (write-locks.ts).
  await lockWrites(ctx, DOCUMENTS_LOCK);
  const division = options.divide(await readAvailableStock(ctx, { bySku, warehouseIds: input.warehouseIds }));
  if (!division.ok) {
    const { path, message, refusal } = division;
    throw new ErpWriteError({ code: "conflict", path, message, refusal });
  }
  const order = await writeOrder(ctx, {
    externalKey: input.key,
    customerId: customer.id,
    warehouseId: input.warehouseIds[0] ?? 0,
    reserve: input.reserve,
    date: undefined,
    deliveryDue: input.deliveryDue === undefined ? undefined : new Date(input.deliveryDue),
    lines: division.lines.map((line) => {
      const product = bySku.get(line.sku);
      if (!product) throw new Error(`${line.sku} was not resolved`);
      return {
        product,
        quantity: line.quantity,
        netPrice: line.netPrice,
        discountPercent: 0,
        warehouseId: line.warehouseId,
      };
    }),
  });
  return { customer, order: written({ ...order, warnings: [...division.warnings, ...order.warnings] }) };
}

/**
 * Found by NIP, else e-mail, else symbol (createCustomer), so a retry finds the customer its first
 * attempt created. The ZK goes to the customer found, whose symbol may differ from the input's.
 */
async function findOrCreateCustomer(ctx: TWriteContext, raw: unknown) {
  try {
    const result = await createCustomer(ctx, parseInput(ZCreateCustomerInput, raw));
    return { id: result.customer.id, symbol: result.customer.symbol, created: result.created };
  } catch (error) {
    if (!(error instanceof ErpWriteError)) throw error;
    throw new ErpWriteError({ code: error.code, path: `customer.${error.path}`, message: reasonOf(error) });
  }
}

async function customerOf(ctx: TWriteContext, order: TErpDocument) {
  const row =
    order.customerId === null ? undefined : await customerQuery(ctx, { id: order.customerId }).executeTakeFirst();
  if (!row) throw new ErpWriteError({ code: "conflict", path: "key", message: `${order.number} has no customer` });
  return { id: row.kh_Id, symbol: row.kh_Symbol, created: false };
}

/**
 * What each goods SKU has available in the order's warehouses, read under the write's locks. The
 * rows stay locked until commit, so the division cannot race another writer's reservation.
 */
export async function readAvailableStock(
  ctx: TWriteContext,
  options: { bySku: ReadonlyMap<string, TProduct>; warehouseIds: readonly number[] },
): Promise<TAvailableStock> {
  const goods = [...options.bySku].filter(([, product]) => product.rodzaj === GOODS);
  const stock = new Map(goods.map(([sku]) => [sku, new Map<number, number>()]));
  if (goods.length === 0) return stock;
  const productIds = [...new Set(goods.map(([, product]) => product.id))];
  const rows = await availableStockQuery(ctx, { productIds, warehouseIds: options.warehouseIds }).execute();
  for (const row of rows) {
    for (const [sku, product] of goods) {
      // The driver may hand a decimal difference back as a string.
      if (product.id === row.st_TowId) stock.get(sku)?.set(row.st_MagId, Number(row.available));
    }
  }
  return stock;
}
