/** SQL Server column types the ERP tables use (Subiekt GT, Comarch ERP Optima); the sandboxes map each to PostgreSQL. */
type TSqlType<T> =
  NonNullable<T> extends number
    ? "int" | "smallint" | "tinyint" | "money" | `decimal(${number},${number})`
    : NonNullable<T> extends string
      ? `varchar(${number})` | `char(${number})` | `nvarchar(${number})` | "nvarchar(max)"
      : NonNullable<T> extends boolean
        ? "bit"
        : NonNullable<T> extends Date
          ? "datetime"
          : never;

/** A column's SQL Server type, with " null" when the row type admits null: checked against the row type. */
export type TColumnType<T> = null extends T ? `${TSqlType<T>} null` : TSqlType<T>;

/**
 * How one table is declared in SQL Server: every column of its row type (the compiler rejects a
 * missing or extra column, or a type that does not fit), its primary key and its indexes.
 */
export type TTableSpec<TRow> = {
  columns: { [C in keyof TRow]-?: TColumnType<TRow[C]> };
  primaryKey: readonly (keyof TRow & string)[];
  unique?: readonly (readonly (keyof TRow & string)[])[];
  indexes?: readonly (readonly (keyof TRow & string)[])[];
};

/** Table name -> spec for a set of tables typed by a Kysely database type. */
export type TTableSpecs<TDatabase> = { [T in keyof TDatabase]: TTableSpec<TDatabase[T]> };
