import { aggregateSales, type TAggregateRow } from "./aggregate-sales.ts";
import { labelKeys } from "./label-keys.ts";
import { severalSources, sourceName } from "./load-report-context.ts";
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
 * more is flagged. With several ERP sources a segment is one ERP's (its groups and warehouses are
 * its own) and says which.
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
  const key = (r: TAggregateRow) => `${r.integration}|${r.group}|${r.contact}|${r.warehouse}`;
  const before = new Map(previous.map((r) => [key(r), r]));
  const keysOf = (dim: "group" | "warehouse") => current.map((r) => ({ id: r[dim] ?? 0, integration: r.integration }));
  const [groups, contacts, warehouses] = await Promise.all([
    labelKeys({ context, dim: "group", keys: keysOf("group"), words }),
    labelKeys({ context, dim: "contact", keys: current.map((r) => ({ id: r.contact ?? "" })), words }),
    labelKeys({ context, dim: "warehouse", keys: keysOf("warehouse"), words }),
  ]);
  const several = severalSources(context);
  const rows = current.map((row) => {
    const now = toMeasures(row);
    const then = toMeasures(before.get(key(row)) ?? NO_SALES);
    const changePp =
      now.marginPct === null || then.marginPct === null ? null : Math.round((now.marginPct - then.marginPct) * 10) / 10;
    const negative = now.margin < 0;
    const falling = changePp !== null && changePp <= -FALLING_PP;
    return {
      group: groups({ id: row.group ?? 0, integration: row.integration }),
      ...(several ? { source: sourceName(context, row.integration) } : {}),
      contact: contacts({ id: row.contact ?? "" }),
      warehouse: warehouses({ id: row.warehouse ?? 0, integration: row.integration }),
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
  const [group, ...rest] = COLUMNS;
  const table = shapeTable({
    columns: several && group ? [group, { key: "source", kind: "text" }, ...rest] : COLUMNS,
    rows,
    sort: params.sort,
    defaultSort: "marginPct",
    dir: params.sort ? params.dir : "asc",
    q: params.q,
    limit: input.limit,
    page: params.page,
  });
  return { table, flagged: rows.filter((r) => r.negative || r.falling).length };
}
