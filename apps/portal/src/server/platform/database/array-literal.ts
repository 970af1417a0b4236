/**
 * A PostgreSQL array literal (`{1,2.5,NULL}`, `{"a","b \"c\""}`) of one column's values, to send
 * as a single text parameter cast in SQL (`${literal}::numeric[]`). Prisma handles an array
 * parameter element by element, ~18 ms of CPU for a page of 5,000 rows in five columns; one
 * string per column costs a fraction of that, and PostgreSQL reads it as fast.
 */
export function arrayLiteral(values: readonly (number | string | null)[]): string {
  let literal = "{";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) literal += ",";
    literal += element(values[i] ?? null);
  }
  return literal + "}";
}

function element(value: number | string | null): string {
  if (value === null) return "NULL";
  if (typeof value === "number") {
    // NaN and Infinity would be read as numeric's special values: no ERP quantity or price is one.
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  return `"${value.replace(/[\\"]/g, "\\$&")}"`;
}
