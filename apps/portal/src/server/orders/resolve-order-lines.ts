import type { TOrderInput } from "@erp-bridge/shared";
import { AppError, type TFieldErrors } from "../platform/errors/app-error.ts";
import type { TTx } from "../platform/database/db.ts";

type TProductRow = { erpId: number; sku: string; ean: string | null; name: string; withdrawn: boolean };

/**
 * The ERP products an order's lines name, by sku or EAN, from the cloud copy. A product the
 * copy does not know, or one withdrawn in the ERP, is the channel's mistake (400 naming the
 * line), so such an order is never stored.
 */
export async function resolveOrderLines(options: { tx: TTx; companyId: string; lines: TOrderInput["lines"] }) {
  const skus = options.lines.flatMap((line) => ("sku" in line.product ? [line.product.sku] : []));
  const eans = options.lines.flatMap((line) => ("ean" in line.product ? [line.product.ean] : []));
  const rows = await options.tx.$queryRaw<TProductRow[]>`
    SELECT "erpId", "sku", "ean", "name", ("deleted" OR "blocked") AS "withdrawn" FROM "ErpProduct"
    WHERE "companyId" = ${options.companyId}::uuid AND ("sku" = ANY(${skus}) OR "ean" = ANY(${eans}))`;
  const errors: TFieldErrors = {};
  const resolved = options.lines.map((line, index) => {
    const product =
      "sku" in line.product
        ? rows.find((row) => row.sku === (line.product as { sku: string }).sku)
        : rows.find((row) => row.ean === (line.product as { ean: string }).ean);
    const field = `lines.${index}.product`;
    const named = "sku" in line.product ? `sku ${line.product.sku}` : `EAN ${line.product.ean}`;
    if (!product) errors[field] = [`No product with ${named}`];
    else if (product.withdrawn)
      errors[field] = [`The product with ${named} is not for sale (blocked or deleted in the ERP)`];
    return { line, product };
  });
  if (Object.keys(errors).length > 0) {
    throw new AppError({
      code: "INVALID_INPUT",
      message: Object.entries(errors)
        .map(([field, messages]) => `${field}: ${messages.join(", ")}`)
        .join("; "),
      fieldErrors: errors,
    });
  }
  return resolved.flatMap(({ line, product }) => (product ? [{ line, product }] : []));
}
