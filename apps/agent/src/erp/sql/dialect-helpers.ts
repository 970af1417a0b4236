import {
  InsertQueryBuilder,
  sql,
  type Expression,
  type InsertResult,
  type OperandValueExpression,
  type RawBuilder,
  type SelectExpression,
  type Selection,
  type SelectQueryBuilder,
  type SqlBool,
  type StringReference,
  type UpdateQueryBuilder,
  type UpdateResult,
} from "kysely";
import type { TErpDialect } from "./create-erp-db.ts";
import { OutputInsertedPlugin } from "./output-inserted-plugin.ts";
import { TableLockPlugin } from "./table-lock-plugin.ts";

type TPageSize = { size: number };

/** Kysely's row type for `.returning()` (not exported by Kysely). */
type TReturningRow<DB, TB extends keyof DB, O, SE> = O extends InsertResult | UpdateResult
  ? Selection<DB, TB, SE>
  : O & Selection<DB, TB, SE>;

/**
 * Every construct that T-SQL and PostgreSQL spell differently, in one place: connector code
 * calls these instead of the dialect-specific builder methods (limit, top, fetch, returning,
 * output, forUpdate), so the same query runs on Subiekt and on the PostgreSQL sandbox.
 */
export function createDialectHelpers(options: { dialect: TErpDialect }) {
  const mssql = options.dialect === "mssql";

  /**
   * Keyset page: rows after `after` (all rows when undefined) ordered by `orderBy`, at most `size`.
   * Uses TOP on SQL Server, which needs no OFFSET support. Do not order the query yourself.
   */
  function page<DB, TB extends keyof DB, O, K extends StringReference<DB, TB>>(
    qb: SelectQueryBuilder<DB, TB, O>,
    options: TPageSize & { orderBy: K; after?: OperandValueExpression<DB, TB, K> },
  ): SelectQueryBuilder<DB, TB, O> {
    const after = options.after === undefined ? qb : qb.where(options.orderBy, ">", options.after);
    return top(after.orderBy(options.orderBy), options);
  }

  /** Offset page: `offset .. rows fetch next .. rows only` on SQL Server (2012+), which requires the ORDER BY. */
  function offsetPage<DB, TB extends keyof DB, O>(
    qb: SelectQueryBuilder<DB, TB, O>,
    options: TPageSize & { orderBy: StringReference<DB, TB>; offset: number },
  ): SelectQueryBuilder<DB, TB, O> {
    const ordered = qb.orderBy(options.orderBy);
    const offset = checkCount({ name: "offset", value: options.offset, min: 0 });
    const size = checkCount({ name: "size", value: options.size, min: 1 });
    return mssql ? ordered.offset(offset).fetch(size) : ordered.limit(size).offset(offset);
  }

  /** At most `size` rows: TOP on SQL Server, LIMIT on PostgreSQL. */
  function top<DB, TB extends keyof DB, O>(
    qb: SelectQueryBuilder<DB, TB, O>,
    options: TPageSize,
  ): SelectQueryBuilder<DB, TB, O> {
    const size = checkCount({ name: "size", value: options.size, min: 1 });
    return mssql ? qb.top(size) : qb.limit(size);
  }

  /** Locks the selected rows until the transaction ends: WITH (UPDLOCK, ROWLOCK) or FOR UPDATE. */
  function lockForUpdate<DB, TB extends keyof DB, O>(qb: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O> {
    return mssql ? qb.withPlugin(new TableLockPlugin()) : qb.forUpdate();
  }

  /** The written rows' columns: OUTPUT INSERTED.x on SQL Server, RETURNING x on PostgreSQL. */
  function returning<DB, TB extends keyof DB, O, SE extends SelectExpression<DB, TB>>(
    qb: InsertQueryBuilder<DB, TB, O>,
    columns: readonly SE[],
  ): InsertQueryBuilder<DB, TB, TReturningRow<DB, TB, O, SE>>;
  function returning<DB, UT extends keyof DB, TB extends keyof DB, O, SE extends SelectExpression<DB, TB>>(
    qb: UpdateQueryBuilder<DB, UT, TB, O>,
    columns: readonly SE[],
  ): UpdateQueryBuilder<DB, UT, TB, TReturningRow<DB, TB, O, SE>>;
  function returning<DB, TB extends keyof DB, O, SE extends SelectExpression<DB, TB>>(
    qb: InsertQueryBuilder<DB, TB, O> | UpdateQueryBuilder<DB, TB, TB, O>,
    columns: readonly SE[],
  ) {
    if (qb instanceof InsertQueryBuilder) {
      const built = qb.returning(columns);
      return mssql ? built.withPlugin(new OutputInsertedPlugin()) : built;
    }
    const built = qb.returning(columns);
    return mssql ? built.withPlugin(new OutputInsertedPlugin()) : built;
  }

  return {
    page,
    offsetPage,
    top,
    lockForUpdate,
    returning,
    /**
     * The server's current time: CURRENT_TIMESTAMP is valid in both. SQL Server gives local `datetime`
     * at each statement; PostgreSQL gives `timestamptz` fixed at the transaction's start.
     */
    now: (): RawBuilder<Date> => sql<Date>`current_timestamp`,
    /** A boolean literal: a bit on SQL Server, which has no true/false. Prefer a parameter where one fits. */
    bit: (value: boolean): RawBuilder<boolean> =>
      mssql ? sql<boolean>`cast(${sql.lit(value ? 1 : 0)} as bit)` : sql<boolean>`${sql.lit(value)}`,
    /** String concatenation with the same NULL rule in both (any NULL part gives NULL): `+` or `||`. */
    concat: (parts: readonly Expression<string | null>[]): RawBuilder<string | null> =>
      sql<string | null>`(${sql.join(parts, mssql ? sql` + ` : sql` || `)})`,
    /**
     * `column` contains `text`, its LIKE wildcards (and T-SQL's `[`) taken literally, ignoring case:
     * ILIKE on PostgreSQL; LIKE on SQL Server, whose usual collations already ignore case.
     */
    contains: (column: string, text: string): RawBuilder<SqlBool> => {
      const pattern = `%${text.replace(/[\\%_[]/g, "\\$&")}%`;
      return sql<SqlBool>`${sql.ref(column)} ${sql.raw(mssql ? "like" : "ilike")} ${pattern} escape '\\'`;
    },
  };
}

export type TDialectHelpers = ReturnType<typeof createDialectHelpers>;

function checkCount(options: { name: string; value: number; min: number }): number {
  if (!Number.isSafeInteger(options.value) || options.value < options.min) {
    throw new RangeError(`${options.name} must be a whole number >= ${options.min}, got ${options.value}`);
  }
  return options.value;
}
