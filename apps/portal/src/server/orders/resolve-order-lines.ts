import type { TOrderInput } from "@erp-bridge/shared";
import { invalidInput } from "../platform/errors/app-error.ts";
import { fieldProblem, type TFieldErrors } from "../platform/errors/field-problem.ts";
import type { TTx } from "../platform/database/db.ts";

type TProductRow = {
  erpId: number;
  sku: string;
  ean: string | null;
  name: string;
  vatRate: number;
  withdrawn: boolean;
};

/**
 * The ERP products an order's lines name, by sku or EAN, from the cloud copy. A product the
 * copy does not know, or one withdrawn in the ERP, is the channel's mistake (400 naming the
 * line), so such an order is never stored.
 */
export async function resolveOrderLines(options: {
  tx: TTx;
  integrationId: string | null;
  lines: TOrderInput["lines"];
}) {
  const skus = options.lines.flatMap((line) => ("sku" in line.product ? [line.product.sku] : []));
  const eans = options.lines.flatMap((line) => ("ean" in line.product ? [line.product.ean] : []));
  const rows = await options.tx.$queryRaw<TProductRow[]>`
    SELECT "erpId", "sku", "ean", "name", "vatRate"::float8 AS "vatRate", ("deleted" OR "blocked") AS "withdrawn"
    FROM "ErpProduct"
    WHERE "integrationId" = ${options.integrationId}::uuid AND ("sku" = ANY(${skus}) OR "ean" = ANY(${eans}))`;
  const errors: TFieldErrors = {};
  const resolved = options.lines.map((line, index) => {
    const product =
      "sku" in line.product
        ? rows.find((row) => row.sku === (line.product as { sku: string }).sku)
        : rows.find((row) => row.ean === (line.product as { ean: string }).ean);
    const field = `lines.${index}.product`;
    const named = "sku" in line.product ? { by: "sku", code: line.product.sku } : { by: "ean", code: line.product.ean };
    if (!product) errors[field] = [fieldProblem("unknownProduct", named)];
    else if (product.withdrawn) errors[field] = [fieldProblem("productWithdrawn", named)];
    return { line, product };
  });
  if (Object.keys(errors).length > 0) throw invalidInput(errors);
  return resolved.flatMap(({ line, product }) => (product ? [{ line, product }] : []));
}
