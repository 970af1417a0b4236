import type { TReadPage, TReadRequest } from "@erp-bridge/shared";
import { createDialectHelpers } from "../../../apps/agent/src/erp/sql/dialect-helpers.ts";
import { openSandbox } from "../../../apps/agent/src/erp/subiekt-gt/sandbox/open-sandbox.ts";
import { createSubiektReads } from "../../../apps/agent/src/erp/subiekt-gt/subiekt-reads.ts";

/** The reads over a sandbox, on a pool of their own: a second one stands for a restarted agent. */
export function openReads(options: { url: string }) {
  const db = openSandbox({ url: options.url });
  return { reads: createSubiektReads({ db, helpers: createDialectHelpers({ dialect: "postgres" }) }), db };
}

/** Reads page by page until done, as a sync run does; returns every row, the pages and the last cursor. */
export async function readAll<T>(options: {
  read: (request: TReadRequest) => Promise<TReadPage<T>>;
  cursor?: string | null;
  pageSize: number;
  maxPages?: number;
}): Promise<{ rows: T[]; pages: number; cursor: string | null }> {
  const rows: T[] = [];
  let cursor = options.cursor ?? null;
  for (let pages = 1; pages <= (options.maxPages ?? 10_000); pages++) {
    const page = await options.read({ cursor, pageSize: options.pageSize });
    rows.push(...page.rows);
    cursor = page.cursor;
    if (page.done) return { rows, pages, cursor };
  }
  return { rows, pages: options.maxPages ?? 10_000, cursor };
}
