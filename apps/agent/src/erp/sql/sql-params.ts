import { sql, type RawBuilder } from "kysely";
import { TypedParam } from "./typed-param.ts";

/*
 * Overrides of the driver's default parameter types, for use anywhere Kysely takes an
 * expression: `.where("adr_Nazwa", "=", nvarchar(name))`, `sql\`... ${decimal(x, { precision: 19, scale: 6 })}\``.
 * Lengths default to the largest non-MAX size so one query shape keeps one cached plan.
 */

/** A Unicode string: for nvarchar columns, or text that the database's code page cannot hold. */
export function nvarchar(value: string | null, options?: { length?: number | "max" }): RawBuilder<string> {
  const length = options?.length ?? (value !== null && value.length > 4000 ? "max" : 4000);
  return sql<string>`${new TypedParam({ value, type: { kind: "nvarchar", length } })}`;
}

/** A code-page string of an explicit length (the default for strings is varchar(8000)). */
export function varchar(value: string | null, options: { length: number | "max" }): RawBuilder<string> {
  return sql<string>`${new TypedParam({ value, type: { kind: "varchar", length: options.length } })}`;
}

/** An exact number with its own precision and scale (the default for fractions is decimal(19,4)). */
export function decimal(value: number | null, options: { precision: number; scale: number }): RawBuilder<number> {
  return sql<number>`${new TypedParam({ value, type: { kind: "decimal", ...options } })}`;
}
