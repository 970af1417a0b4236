import type { TPrice, TReadPage } from "@erp-bridge/shared";
import { markOf, queryLatestMark } from "./change-marks.ts";
import { readByProductChanges } from "./product-changes.ts";
import { SALE_LEVELS } from "./read-price-levels.ts";
import { queryPriceChanges, queryPriceScan } from "./query-prices.ts";
import { checkPageSize, MAX_SCAN_PAGE_SIZE, type TReadOptions } from "./read-options.ts";

type TPriceRow = Awaited<ReturnType<ReturnType<typeof queryPriceScan>["execute"]>>[number];

/** uncertain: a NULL currency taken as the company's own currency, PLN. */
const HOME_CURRENCY = "PLN";

/**
 * Prices per sale level, following product changes (same cursor rules as products). A page holds
 * the prices of pageSize / 10 products (at least one), so at most pageSize rows; unset levels
 * (NULL) are left out.
 */
export async function readPrices(options: TReadOptions): Promise<TReadPage<TPrice>> {
  // Each product brings up to ten levels: scan fewer products so a page stays within pageSize rows.
  // Its id lists hold pageSize / 10 products, so it may take the scan limit and stay under 2100 parameters.
  const size = Math.max(1, Math.floor(checkPageSize(options.pageSize, MAX_SCAN_PAGE_SIZE) / SALE_LEVELS.length));
  const page = await readByProductChanges<TPriceRow>({
    kind: "prices",
    cursor: options.cursor,
    pageSize: size,
    latestMark: async () => {
      const row = await queryLatestMark(options).executeTakeFirst();
      return row ? markOf(row) : null;
    },
    scan: (afterId) => queryPriceScan({ ...options, afterId, size }).execute(),
    changed: async (mark) => {
      const rows = await queryPriceChanges({ ...options, mark, size }).execute();
      return rows.map((row) => ({ row, mark: markOf(row) }));
    },
  });
  return { ...page, rows: page.rows.flatMap(toPrices) };
}

/** A product's price row as one price per sale level that has one. */
export function toPrices(row: TPriceRow): TPrice[] {
  const levels = [
    [row.tc_CenaNetto1, row.tc_CenaBrutto1, row.tc_IdWaluta1],
    [row.tc_CenaNetto2, row.tc_CenaBrutto2, row.tc_IdWaluta2],
    [row.tc_CenaNetto3, row.tc_CenaBrutto3, row.tc_IdWaluta3],
    [row.tc_CenaNetto4, row.tc_CenaBrutto4, row.tc_IdWaluta4],
    [row.tc_CenaNetto5, row.tc_CenaBrutto5, row.tc_IdWaluta5],
    [row.tc_CenaNetto6, row.tc_CenaBrutto6, row.tc_IdWaluta6],
    [row.tc_CenaNetto7, row.tc_CenaBrutto7, row.tc_IdWaluta7],
    [row.tc_CenaNetto8, row.tc_CenaBrutto8, row.tc_IdWaluta8],
    [row.tc_CenaNetto9, row.tc_CenaBrutto9, row.tc_IdWaluta9],
    [row.tc_CenaNetto10, row.tc_CenaBrutto10, row.tc_IdWaluta10],
  ] as const;
  return levels.flatMap(([net, gross, currency], i) =>
    net === null || gross === null
      ? []
      : [{ productId: row.productId, level: i + 1, net, gross, currency: currency?.trim() || HOME_CURRENCY }],
  );
}
