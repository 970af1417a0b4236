import { aggregateSales } from "./aggregate-sales.ts";
import { contractorTerms, readContractors } from "./contractor-terms.ts";
import { severalSources, sourceName } from "./load-report-context.ts";
import { toMeasures } from "./report-measures.ts";
import { filtersOf, type TReportInput } from "./report-input.ts";
import { shapeTable, type TColumn } from "./report-table.ts";

const COLUMNS: TColumn[] = [
  { key: "name", kind: "text" },
  { key: "code", kind: "text" },
  { key: "nip", kind: "text" },
  { key: "creditLimit", kind: "money" },
  { key: "paymentDays", kind: "count" },
  { key: "balance", kind: "money" },
  { key: "overdue", kind: "money" },
  { key: "oldestOverdueDueDate", kind: "date" },
  { key: "net", kind: "money" },
  { key: "gross", kind: "money" },
  { key: "marginPct", kind: "percent" },
  { key: "documents", kind: "count" },
];

/**
 * Business customers (with a NIP, a credit limit or payment terms) with their terms from the ERP
 * copy and their sales in the period. Balance, overdue amount and the oldest overdue due date are
 * the ERP's settlements as of the last customers sync (empty when the connector does not read them).
 * Each ERP's customers stay its own (issue 19): the same firm in two ERPs is two rows, each naming
 * its source, since their terms and balances are each ERP's; `integrationId` says whose.
 */
export async function listContractors(input: TReportInput) {
  const { params, context } = input;
  const { integrationIds } = context;
  const [customers, sales] = await Promise.all([
    readContractors({ integrationIds, only: { businesses: true } }),
    aggregateSales({
      integrationIds,
      range: params.range,
      dims: ["customer"],
      bucket: params.bucket,
      filters: { ...filtersOf(params), customer: undefined },
      showrooms: context.showrooms,
    }),
  ]);
  const several = severalSources(context);
  const byCustomer = new Map(sales.map((s) => [`${s.integration}:${s.customer ?? 0}`, toMeasures(s)]));
  const rows = customers.map((c) => {
    const m = byCustomer.get(`${c.integrationId}:${c.erpId}`);
    return {
      key: several ? `${c.integrationId}:${c.erpId}` : String(c.erpId),
      id: c.erpId,
      integrationId: c.integrationId,
      name: c.name,
      ...(several ? { source: sourceName(context, c.integrationId) } : {}),
      code: c.code,
      nip: c.nip,
      ...contractorTerms(c),
      net: m?.net ?? 0,
      gross: m?.gross ?? 0,
      marginPct: m?.marginPct ?? null,
      documents: m?.documents ?? 0,
    };
  });
  const [name, ...rest] = COLUMNS;
  return shapeTable({
    columns: several && name ? [name, { key: "source", kind: "text" }, ...rest] : COLUMNS,
    rows,
    sort: params.sort,
    defaultSort: "net",
    dir: params.dir,
    q: params.q,
    limit: input.limit,
    page: params.page,
  });
}
