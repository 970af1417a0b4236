/**
 * Maps a SQL Server column type ("varchar(20)", with " null" in the connector's specs) to the
 * closest PostgreSQL type. Text is citext: SQL Server's Polish_CI_AS collation compares SKUs,
 * symbols and NIPs case-insensitively, and so must the sandbox (varchar lengths are CHECKs, see
 * sandbox-tables.ts). char(n) keeps its padding. money is numeric(19,4): the same range and scale.
 * bit becomes boolean, a dialect difference (0/1 vs false/true) the dialect helper owns.
 * datetime keeps milliseconds.
 */
export function postgresType(options: { sqlServerType: string }): { type: string; nullable: boolean } {
  const nullable = options.sqlServerType.endsWith(" null");
  const base = options.sqlServerType.replace(/ null$/, "");
  return { type: mapBase(base), nullable };
}

function mapBase(base: string): string {
  if (base === "int") return "integer";
  if (base === "smallint" || base === "tinyint") return "smallint";
  if (base === "bit") return "boolean";
  if (base === "money") return "numeric(19,4)";
  if (base === "datetime") return "timestamp(3)";
  if (base === "uniqueidentifier") return "uuid";
  if (base === "image" || /^(var)?binary\(/.test(base)) return "bytea";
  if (base === "text" || base === "ntext" || /^n?varchar\(/.test(base)) return "citext";
  const sized = /^(n?char|decimal)\((\d+(?:,\d+)?)\)$/.exec(base);
  if (sized?.[1] === "char" || sized?.[1] === "nchar") return `char(${sized[2]})`;
  if (sized?.[1] === "decimal") return `numeric(${sized[2]})`;
  throw new Error(`no PostgreSQL mapping for SQL Server type ${base}`);
}
