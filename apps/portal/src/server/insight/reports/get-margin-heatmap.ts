import { aggregateSales } from "./aggregate-sales.ts";
import { labelKeys } from "./label-keys.ts";
import { toMeasures } from "./report-measures.ts";
import { filtersOf, type TReportInput } from "./report-input.ts";
import type { TTable } from "./report-table.ts";

/** Margin percent by product group (rows) and point of contact (columns). */
export async function getMarginHeatmap(input: TReportInput) {
  const { params, context } = input;
  const rows = await aggregateSales({
    integrationIds: context.integrationIds,
    range: params.range,
    dims: ["group", "contact"],
    bucket: params.bucket,
    filters: filtersOf(params),
    showrooms: context.showrooms,
  });
  const groupKeys = [...new Set(rows.map((r) => r.group ?? 0))];
  const contactKeys = [...new Set(rows.map((r) => r.contact ?? ""))].sort();
  const [groupNames, contactNames] = await Promise.all([
    labelKeys({ context, dim: "group", keys: groupKeys, words: input.words }),
    labelKeys({ context, dim: "contact", keys: contactKeys, words: input.words }),
  ]);
  const cells = rows.map((r) => ({ group: r.group ?? 0, contact: r.contact ?? "", ...toMeasures(r) }));
  const groups = groupKeys
    .map((key) => ({ key, label: groupNames.get(key) ?? String(key) }))
    .sort((a, b) => a.label.localeCompare(b.label, "pl"));
  const contacts = contactKeys.map((key) => ({ key, label: contactNames.get(key) ?? key }));
  const table: TTable = {
    columns: [
      { key: "group", kind: "text" },
      ...contacts.map((c) => ({ key: c.key, kind: "percent" as const, text: c.label })),
    ],
    rows: groups.map((g) => ({
      group: g.label,
      ...Object.fromEntries(
        contacts.map((c) => [
          c.key,
          cells.find((cell) => cell.group === g.key && cell.contact === c.key)?.marginPct ?? null,
        ]),
      ),
    })),
    total: groups.length,
  };
  return { groups, contacts, cells, table };
}
