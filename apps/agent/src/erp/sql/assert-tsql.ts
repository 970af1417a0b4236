import { createQueryId, MssqlQueryCompiler, type CompiledQuery, type RootOperationNode } from "kysely";

/**
 * PostgreSQL spellings that SQL Server rejects or reads differently. Double-quoted identifiers
 * are not among them: Kysely's T-SQL compiler emits them and the driver connects with
 * QUOTED_IDENTIFIER ON (see parse-mssql-url.ts).
 */
const POSTGRES_ONLY: readonly { pattern: RegExp; problem: string }[] = [
  { pattern: /\$\d+/, problem: "$n placeholders: the query was compiled for PostgreSQL" },
  { pattern: /\blimit\b/i, problem: "LIMIT: use the page()/top() helpers (TOP or OFFSET/FETCH)" },
  { pattern: /\breturning\b/i, problem: "RETURNING: use the returning() helper (OUTPUT INSERTED)" },
  {
    pattern: /\bfor\s+(no\s+key\s+)?(update|share)\b/i,
    problem: "FOR UPDATE/SHARE: use lockForUpdate() (UPDLOCK hint)",
  },
  { pattern: /\b(true|false)\b/i, problem: "true/false literals: use a parameter or bit()" },
  { pattern: /\bnow\s*\(/i, problem: "now(): use CURRENT_TIMESTAMP (the now() helper)" },
  { pattern: /\bilike\b/i, problem: "ILIKE: SQL Server's LIKE follows the column's collation" },
  { pattern: /::/, problem: ":: casts: use CAST(x AS type)" },
  { pattern: /\|\|/, problem: "|| is not concatenation in T-SQL: use concat()" },
  { pattern: /\bon\s+conflict\b/i, problem: "ON CONFLICT: T-SQL has MERGE or IF EXISTS" },
  { pattern: /\bdistinct\s+on\b/i, problem: "DISTINCT ON: use ROW_NUMBER() OVER (...)" },
  { pattern: /\bnulls\s+(first|last)\b/i, problem: "NULLS FIRST/LAST: order by a CASE expression" },
];

/** Text that the checks must not read: string literals and quoted identifiers. */
const QUOTED = /'(?:[^']|'')*'|"(?:[^"]|"")*"|\[(?:[^\]]|\]\])*\]/g;

/**
 * Compiles a Kysely query with the T-SQL compiler and throws, naming each problem, when the SQL
 * holds PostgreSQL-only syntax, OFFSET/FETCH without the ORDER BY that SQL Server requires, or an
 * empty IN list (an id list that came up empty).
 * Returns the compiled query for further assertions. For connector tests.
 */
export function assertTsql(query: { toOperationNode(): RootOperationNode }): CompiledQuery {
  const compiled = new MssqlQueryCompiler().compileQuery(query.toOperationNode(), createQueryId());
  const bare = compiled.sql.replace(QUOTED, "''");
  const problems = POSTGRES_ONLY.filter((rule) => rule.pattern.test(bare)).map((rule) => rule.problem);
  if (/\boffset\b[\s\S]*\brows\b/i.test(bare) && !/\border\s+by\b/i.test(bare)) {
    problems.push("OFFSET/FETCH without ORDER BY: SQL Server requires the ORDER BY");
  }
  if (/\bin\s*\(\s*\)/i.test(bare)) {
    problems.push("IN (): an empty list does not parse; skip the query when there is nothing to look up");
  }
  if (problems.length > 0) {
    throw new Error(`Not valid T-SQL (${problems.join("; ")}):\n${compiled.sql}`);
  }
  return compiled;
}
