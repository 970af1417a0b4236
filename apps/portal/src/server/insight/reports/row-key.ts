import { PER_SOURCE_DIMS, type TAggregateDim, type TAggregateRow } from "./aggregate-sales.ts";

/**
 * A row's key in a table by `dim`: the dimension's value (a symbol for products, an integration id
 * by source). Where several integrations meet, a per-source id (warehouse, group, customer) is
 * qualified by its integration, `<integrationId>:<id>`: customer 7 of two ERPs is two customers.
 */
export function rowKey(row: TAggregateRow, dim: TAggregateDim, severalSources: boolean): string {
  const value = String(row[dim] ?? (dim === "product" ? "" : 0));
  return severalSources && PER_SOURCE_DIMS.has(dim) ? `${row.integration ?? ""}:${value}` : value;
}
