import mssql, { type ISqlType } from "mssql";
import { TypedParam, type TSqlParamType } from "./typed-param.ts";

const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;
const BIGINT_MIN = -(2n ** 63n);
const BIGINT_MAX = 2n ** 63n - 1n;

/**
 * The type and value the mssql driver sends for one Kysely parameter. Strings default to
 * varchar because Subiekt's columns are varchar; money and quantities are decimal(19,4);
 * Subiekt's timestamps are `datetime`.
 */
export function toMssqlParam(value: unknown): { type: ISqlType; value: unknown } {
  if (value instanceof TypedParam) return { type: toMssqlType(value.type), value: value.value };
  return { type: toMssqlType(inferParamType(value)), value: value ?? null };
}

function inferParamType(value: unknown): TSqlParamType {
  // A typed null still needs a type; varchar(8000) converts implicitly to every column type Subiekt uses.
  if (value === null || value === undefined) return { kind: "varchar", length: 8000 };
  if (typeof value === "string") return { kind: "varchar", length: value.length > 8000 ? "max" : 8000 };
  if (typeof value === "boolean") return { kind: "bit" };
  if (typeof value === "bigint") {
    if (value < BIGINT_MIN || value > BIGINT_MAX) throw new RangeError(`Parameter ${value} is outside BIGINT`);
    return { kind: "bigint" };
  }
  if (typeof value === "number") return numberType(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError("Parameter is an invalid Date");
    return { kind: "datetime" };
  }
  if (value instanceof Uint8Array) return { kind: "varbinary", length: value.length > 8000 ? "max" : 8000 };
  throw new TypeError(`Unsupported SQL parameter of type ${describe(value)}; pass a primitive, Date or Buffer`);
}

function numberType(value: number): TSqlParamType {
  if (!Number.isFinite(value)) throw new RangeError(`Parameter ${value} is not a finite number`);
  if (!Number.isInteger(value)) return { kind: "decimal", precision: 19, scale: 4 };
  if (value >= INT_MIN && value <= INT_MAX) return { kind: "int" };
  if (Number.isSafeInteger(value)) return { kind: "bigint" };
  throw new RangeError(`Parameter ${value} is beyond exact integers; pass a bigint`);
}

function toMssqlType(type: TSqlParamType): ISqlType {
  switch (type.kind) {
    case "varchar":
      return mssql.VarChar(type.length === "max" ? mssql.MAX : type.length);
    case "nvarchar":
      return mssql.NVarChar(type.length === "max" ? mssql.MAX : type.length);
    case "varbinary":
      return mssql.VarBinary(type.length === "max" ? mssql.MAX : type.length);
    case "decimal":
      return mssql.Decimal(type.precision, type.scale);
    case "int":
      return mssql.Int();
    case "bigint":
      return mssql.BigInt();
    case "bit":
      return mssql.Bit();
    case "datetime":
      return mssql.DateTime();
  }
}

function describe(value: unknown): string {
  return typeof value === "object" ? (value?.constructor?.name ?? "object") : typeof value;
}
