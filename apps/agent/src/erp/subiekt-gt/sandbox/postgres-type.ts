/**
 * Maps a SQL Server column declaration ("varchar(20) null") to the closest PostgreSQL type.
 * money is numeric(19,4): the same range and scale. bit becomes boolean, which is a dialect
 * difference (0/1 vs false/true) the connector's dialect helper owns. datetime keeps milliseconds.
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
  const sized = /^(n?varchar|char|decimal)\((\d+(?:,\d+)?)\)$/.exec(base);
  if (sized?.[1] === "nvarchar" || sized?.[1] === "varchar") return `varchar(${sized[2]})`;
  if (sized?.[1] === "char") return `char(${sized[2]})`;
  if (sized?.[1] === "decimal") return `numeric(${sized[2]})`;
  throw new Error(`no PostgreSQL mapping for SQL Server type ${base}`);
}
