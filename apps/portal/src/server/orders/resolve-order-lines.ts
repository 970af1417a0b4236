import type { TOrderInput } from "@erp-bridge/shared";
import { Prisma } from "../../generated/prisma/client.ts";
import { invalidInput } from "../platform/errors/app-error.ts";
import { fieldProblem, type TFieldErrors } from "../platform/errors/field-problem.ts";

export type TOrderProduct = {
  erpId: number;
  sku: string;
  ean: string | null;
  name: string;
  vatRate: number;
  withdrawn: boolean;
};

/**
 * A subquery: the ERP products an order's lines name, by sku or EAN, as one JSON array
 * (`integrationId`: its value, or an expression of the statement that reads the subquery).
 */
export function orderProductsSql(options: {
  integrationId: string | null | Prisma.Sql;
  lines: TOrderInput["lines"];
}): Prisma.Sql {
  const skus = options.lines.flatMap((line) => ("sku" in line.product ? [line.product.sku] : []));
  const eans = options.lines.flatMap((line) => ("ean" in line.product ? [line.product.ean] : []));
  return Prisma.sql`SELECT coalesce(json_agg(json_build_object('erpId', "erpId", 'sku', "sku", 'ean', "ean",
      'name', "name", 'vatRate', "vatRate"::float8, 'withdrawn', ("deleted" OR "blocked"))), '[]'::json)
    FROM "ErpProduct"
    WHERE "integrationId" = ${options.integrationId}::uuid AND ("sku" = ANY(${skus}) OR "ean" = ANY(${eans}))`;
}

/**
 * Each line's product among those the copy has. A product the copy does not know, or one
 * withdrawn in the ERP, is the channel's mistake (400 naming the line), so such an order is never
 * stored.
 */
export function resolveOrderLines(options: { products: TOrderProduct[]; lines: TOrderInput["lines"] }) {
  const errors: TFieldErrors = {};
  const resolved = options.lines.map((line, index) => {
    const { product: named } = line;
    const product =
      "sku" in named
        ? options.products.find((row) => row.sku === named.sku)
        : options.products.find((row) => row.ean === named.ean);
    const field = `lines.${index}.product`;
    const problem = "sku" in named ? { by: "sku", code: named.sku } : { by: "ean", code: named.ean };
    if (!product) errors[field] = [fieldProblem("unknownProduct", problem)];
    else if (product.withdrawn) errors[field] = [fieldProblem("productWithdrawn", problem)];
    return { line, product };
  });
  if (Object.keys(errors).length > 0) throw invalidInput(errors);
  return resolved.flatMap(({ line, product }) => (product ? [{ line, product }] : []));
}
