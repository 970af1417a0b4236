import { COLUMN_FACTS, isNumericType } from "./facts/column-facts.ts";

/**
 * Per table, the NOT NULL int/bit/money columns with no stated default (the facts cannot show a 0
 * default there, so the strict sandbox has none and a real database may have none either).
 */
const FILLERS = new Map<string, { column: string; value: number | boolean }[]>();
for (const fact of COLUMN_FACTS) {
  if (fact.nullable || fact.default !== null || fact.identity || fact.computed !== null) continue;
  if (!isNumericType(fact.type)) continue;
  const fillers = FILLERS.get(fact.table) ?? [];
  fillers.push({ column: fact.column, value: fact.type === "bit" ? false : 0 });
  FILLERS.set(fact.table, fillers);
}

/**
 * A row with every NOT NULL int/bit/money column that has no stated default supplied: the caller's
 * value where it gave one, else 0 (false), which is what Subiekt itself writes for a flag or amount
 * it does not use (the constraints' caveat: an INSERT supplying every NOT NULL column is the only
 * safe one). Text and date columns are never filled in: a missing one must fail, naming itself.
 */
export function completeRow<R extends object>(table: string, row: R): R {
  const fillers = FILLERS.get(table);
  if (!fillers) return row;
  const complete: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const { column, value } of fillers) if (complete[column] === undefined) complete[column] = value;
  return complete as R;
}

/** The columns completeRow supplies for a table, for the doctor and the sandbox's bulk load. */
export function filledColumns(table: string): string[] {
  return (FILLERS.get(table) ?? []).map((filler) => filler.column);
}
