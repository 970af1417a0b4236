/**
 * The SQL Server type a parameter is sent as. SQL Server compares an nvarchar parameter with a
 * varchar column by converting the whole column, which turns index seeks into scans, so every
 * parameter gets an explicit type instead of the driver's guess.
 */
export type TSqlParamType =
  | { kind: "varchar"; length: number | "max" }
  | { kind: "nvarchar"; length: number | "max" }
  | { kind: "varbinary"; length: number | "max" }
  | { kind: "decimal"; precision: number; scale: number }
  | { kind: "int" }
  | { kind: "bigint" }
  | { kind: "bit" }
  | { kind: "datetime" };

export type TParamValue = string | number | bigint | boolean | Date | Uint8Array | null;

/** A parameter value with the SQL Server type chosen by the query rather than by the driver. */
export class TypedParam {
  readonly value: TParamValue;
  readonly type: TSqlParamType;

  constructor(options: { value: TParamValue; type: TSqlParamType }) {
    this.value = options.value;
    this.type = options.type;
  }

  /** pg calls this when it serializes a parameter, so queries that use typed parameters run unchanged on the sandbox. */
  toPostgres(): TParamValue {
    return this.value;
  }
}
