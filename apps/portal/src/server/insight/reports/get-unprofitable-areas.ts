import { aggregateSales, type TAggregateRow } from "./aggregate-sales.ts";
import { labelKeys } from "./label-keys.ts";
import { NO_SALES, toMeasures } from "./report-measures.ts";
import { filtersOf, type TReportInput } from "./report-input.ts";
import { previousRange, type TRange } from "./report-period.ts";
import { shapeTable, type TColumn } from "./report-table.ts";

/** A margin this many percentage points below the previous period's counts as falling. */
export const FALLING_PP = 2;

const COLUMNS: TColumn[] = [
  { key: "group", kind: "text" },
  { key: "contact", kind: "text" },
  { key: "warehouse", kind: "text" },
  { key: "net", kind: "money" },
  { key: "margin", kind: "money" },
  { key: "marginPct", kind: "percent" },
  { key: "previousMarginPct", kind: "percent" },
  { key: "marginChangePp", kind: "number" },
  { key: "flag", kind: "text" },
];

/**
 * Segments (product group x point of contact x warehouse) ranked by margin, worst first, with the
 * change against the previous period; a negative margin or one falling by FALLING_PP points or
 * more is flagged.
 */
export async function getUnprofitableAreas(input: TReportInput & { flagWords: { negative: string; falling: string } }) {
  const { params, context, words } = input;
  const sum = (range: TRange) =>
    aggregateSales({
      integrationIds: context.integrationIds,
      range,
      dims: ["group", "contact", "warehouse"],
      bucket: params.bucket,
      filters: filtersOf(params),
      showrooms: context.showrooms,
    });
  const [current, previous] = await Promise.all([sum(params.range), sum(previousRange(params.range))]);
  const key = (r: TAggregateRow) => `${r.group}|${r.contact}|${r.warehouse}`;
  const before = new Map(previous.map((r) => [key(r), r]));
  const [groups, contacts, warehouses] = await Promise.all([
    labelKeys({ context, dim: "group", keys: current.map((r) => r.group ?? 0), words }),
    labelKeys({ context, dim: "contact", keys: current.map((r) => r.contact ?? ""), words }),
    labelKeys({ context, dim: "warehouse", keys: current.map((r) => r.warehouse ?? 0), words }),
  ]);
  const rows = current.map((row) => {
    const now = toMeasures(row);
    const then = toMeasures(before.get(key(row)) ?? NO_SALES);
    const changePp =
      now.marginPct === null || then.marginPct === null ? null : Math.round((now.marginPct - then.marginPct) * 10) / 10;
    const negative = now.margin < 0;
    const falling = changePp !== null && changePp <= -FALLING_PP;
    return {
      group: groups.get(row.group ?? 0) ?? "",
      contact: contacts.get(row.contact ?? "") ?? "",
      warehouse: warehouses.get(row.warehouse ?? 0) ?? "",
      groupId: row.group ?? 0,
      contactKey: row.contact ?? "",
      warehouseId: row.warehouse ?? 0,
      net: now.net,
      margin: now.margin,
      marginPct: now.marginPct,
      previousMarginPct: then.marginPct,
      marginChangePp: changePp,
      negative,
      falling,
      flag: [negative ? input.flagWords.negative : "", falling ? input.flagWords.falling : ""]
        .filter(Boolean)
        .join(", "),
    };
  });
  const table = shapeTable({
    columns: COLUMNS,
    rows,
    sort: params.sort,
    defaultSort: "marginPct",
    dir: params.sort ? params.dir : "asc",
    q: params.q,
    limit: input.limit,
  });
  return { table, flagged: rows.filter((r) => r.negative || r.falling).length };
}
