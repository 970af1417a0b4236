import { readFileSync } from "node:fs";

/**
 * Column facts of 33 Subiekt GT tables, copied unchanged from `docs/subiekt-gt-columns.tsv` of the
 * project's shared research notes (2026-12), which took them from the public EF Core model
 * `bsdnetpl/SubiektGTModels` (commit 3f9a43c, 2024-01-02) scaffolded from a real GT database.
 * One row per column in database order: table, column, SQL Server type, nullable (YES/NO), the
 * stated default ('' '(1)' '(getdate())' ...; EF leaves out a 0 default of a NOT NULL
 * int/bit/money column) and a note (PK, identity, FK, computed expression). Parsed by
 * column-facts.ts; the sandbox is built from it and a test holds the sandbox to it.
 *
 * The facts are the data file beside this module, read when the agent runs from source; the
 * agent's bundle carries the file's text instead (tools/build-agent/bundle-agent.ts), since a
 * single executable has no file beside it.
 */
export const SUBIEKT_GT_COLUMNS_TSV: string = readFileSync(
  new URL("./subiekt-gt-columns.tsv", import.meta.url),
  "utf8",
);
