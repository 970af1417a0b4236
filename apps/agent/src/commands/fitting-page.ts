import type { TErpResource, TReadPage } from "@erp-bridge/shared";
import { CommandError } from "../errors/command-error.ts";

type TPageOf = (page: TReadPage<unknown>) => { rows: unknown[] };

/**
 * Reads one page from `cursor` that fits one frame. The connector owns the cursor, so a page too
 * big is not cut here but read again from the same cursor with as many rows as fitted (fewer each
 * time): its cursor then stays exact, and the same data always gives the same pages, which the
 * resume after a reconnect relies on. `pageOf` builds what will be sent, so the bytes measured
 * are the bytes checked before sending (cursor, seq and total included).
 */
export async function readFittingPage(options: {
  resource: TErpResource;
  cursor: string | null;
  pageSize: number;
  maxBytes: number;
  read: (request: { cursor: string | null; pageSize: number }) => Promise<TReadPage<unknown>>;
  pageOf: TPageOf;
}): Promise<TReadPage<unknown>> {
  let pageSize = options.pageSize;
  for (;;) {
    const page = await options.read({ cursor: options.cursor, pageSize });
    const fitting = rowsThatFit(options.pageOf(page), options.maxBytes);
    if (fitting === page.rows.length) return page;
    if (fitting === 0) {
      const bytes = Buffer.byteLength(JSON.stringify(options.pageOf({ ...page, rows: page.rows.slice(0, 1) })));
      throw new CommandError({
        code: "INVALID_RESULT",
        message: `erp.read ${options.resource}: row ${rowLabel(page.rows[0])} alone is ${bytes} bytes, over one frame (${options.maxBytes})`,
      });
    }
    // Strictly fewer each time, also from a read that returns more rows than asked.
    const fewer = Math.min(fitting, pageSize - 1);
    if (fewer < 1) {
      throw new CommandError({
        code: "INVALID_RESULT",
        message: `erp.read ${options.resource}: ${page.rows.length} rows at pageSize 1 are over one frame (${options.maxBytes} bytes)`,
      });
    }
    pageSize = fewer;
  }
}

/** How many of the page's first rows fit in maxBytes with the rest of the page around them. */
function rowsThatFit(page: { rows: unknown[] }, maxBytes: number): number {
  if (Buffer.byteLength(JSON.stringify(page)) <= maxBytes) return page.rows.length;
  let bytes = Buffer.byteLength(JSON.stringify({ ...page, rows: [] }));
  for (const [index, row] of page.rows.entries()) {
    bytes += Buffer.byteLength(JSON.stringify(row)) + (index > 0 ? 1 : 0);
    if (bytes > maxBytes) return index;
  }
  return page.rows.length;
}

/** The row's keys as the error names it: its id, or the ids it is keyed by (stock, prices). */
function rowLabel(row: unknown): string {
  const keyed = typeof row === "object" && row !== null ? (row as Record<string, unknown>) : {};
  const keys = ["id", "productId", "warehouseId", "level"].filter((key) => keyed[key] !== undefined);
  return keys.length > 0 ? keys.map((key) => `${key} ${String(keyed[key])}`).join(", ") : "(without an id)";
}
