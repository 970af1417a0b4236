import { aggregateSales, type TAggregateRow } from "./aggregate-sales.ts";
import { labelKeys } from "./label-keys.ts";
import { severalSources, sourceName } from "./load-report-context.ts";
import { toMeasures } from "./report-measures.ts";
import { filtersOf, type TReportInput } from "./report-input.ts";
import { rowKey } from "./row-key.ts";
import type { TTable } from "./report-table.ts";

/**
 * Margin percent by product group (rows) and point of contact (columns). With several ERP sources
 * a group is one ERP's: its row names the source.
 */
export async function getMarginHeatmap(input: TReportInput) {
  const { params, context } = input;
  const several = severalSources(context);
  const rows = await aggregateSales({
    integrationIds: context.integrationIds,
    range: params.range,
    dims: ["group", "contact"],
    bucket: params.bucket,
    filters: filtersOf(params),
    showrooms: context.showrooms,
  });
  const groupKey = (r: TAggregateRow) => rowKey(r, "group", several);
  const groupRows = [...new Map(rows.map((r) => [groupKey(r), r])).values()];
  const contactKeys = [...new Set(rows.map((r) => r.contact ?? ""))].sort();
  const [groupName, contactName] = await Promise.all([
    labelKeys({
      context,
      dim: "group",
      keys: groupRows.map((r) => ({ id: r.group ?? 0, integration: r.integration })),
      words: input.words,
    }),
    labelKeys({ context, dim: "contact", keys: contactKeys.map((id) => ({ id })), words: input.words }),
  ]);
  const cells = rows.map((r) => ({ group: groupKey(r), contact: r.contact ?? "", ...toMeasures(r) }));
  const groups = groupRows
    .map((r) => {
      const name = groupName({ id: r.group ?? 0, integration: r.integration });
      return { key: groupKey(r), label: several ? `${name} (${sourceName(context, r.integration)})` : name };
    })
    .sort((a, b) => a.label.localeCompare(b.label, "pl"));
  const contacts = contactKeys.map((key) => ({ key, label: contactName({ id: key }) }));
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
