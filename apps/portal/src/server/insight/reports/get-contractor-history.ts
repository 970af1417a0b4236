import { notFound } from "../../platform/errors/app-error.ts";
import { getDb } from "../../platform/database/db.ts";
import { getSalesTrend } from "./get-sales-trend.ts";
import { toMeasures } from "./report-measures.ts";
import type { TReportInput } from "./report-input.ts";
import { CONTRACTOR_TERMS, toContractorTerms } from "./contractor-terms.ts";
import { formatDay } from "./report-period.ts";
import { shapeTable, type TColumn } from "./report-table.ts";

const COLUMNS: TColumn[] = [
  { key: "date", kind: "date" },
  { key: "type", kind: "text" },
  { key: "number", kind: "text" },
  { key: "externalNumber", kind: "text" },
  { key: "net", kind: "money" },
  { key: "gross", kind: "money" },
  { key: "margin", kind: "money" },
];

/**
 * One customer from the ERP copy: terms, sales by bucket, and their orders (ZK) and sales
 * documents (FS, PA, KFS) in the period, newest first.
 */
export async function getContractorHistory(input: TReportInput & { customerId: number }) {
  const { context, params } = input;
  const companyId = context.company.id;
  const customer = await getDb().erpCustomer.findUnique({
    where: { companyId_erpId: { companyId, erpId: input.customerId } },
    select: CONTRACTOR_TERMS,
  });
  if (!customer) throw notFound("customer");
  const documents = await getDb().$queryRaw<
    {
      documentId: number;
      day: Date;
      type: string;
      number: string;
      externalNumber: string | null;
      net: number;
      gross: number;
      cost: number;
    }[]
  >`
    SELECT r."documentId", r.day, r.type, d.number, d."externalNumber", r.net::float8 AS net, r.gross::float8 AS gross,
      r.cost::float8 AS cost
    FROM "ReportDocument" r JOIN "ErpDocument" d ON d."companyId" = r."companyId" AND d."erpId" = r."documentId"
    WHERE r."companyId" = ${companyId}::uuid AND r."customerId" = ${customer.erpId}
      AND r.day >= ${params.range.from}::date AND r.day < ${params.range.to}::date
    ORDER BY r.day DESC, r."documentId" DESC`;
  const trend = await getSalesTrend({ ...input, params: { ...params, customer: customer.erpId } });
  const totals = toMeasures(
    trend.points.reduce(
      (sum, p) => ({
        net: sum.net + p.current.net,
        gross: sum.gross + p.current.gross,
        cost: sum.cost + p.current.cost,
        quantity: sum.quantity + p.current.quantity,
        documents: (sum.documents ?? 0) + (p.current.documents ?? 0),
        lines: sum.lines + p.current.lines,
      }),
      { net: 0, gross: 0, cost: 0, quantity: 0, documents: 0, lines: 0 },
    ),
  );
  const table = shapeTable({
    columns: COLUMNS,
    rows: documents.map((d) => ({
      key: String(d.documentId),
      date: formatDay(d.day),
      type: d.type,
      number: d.number,
      externalNumber: d.externalNumber,
      net: d.net,
      gross: d.gross,
      margin: d.type === "ZK" ? null : Math.round((d.net - d.cost) * 100) / 100,
    })),
    sort: params.sort,
    defaultSort: "date",
    dir: params.dir,
    q: params.q,
    limit: input.limit,
  });
  return {
    customer: {
      id: customer.erpId,
      code: customer.code,
      name: customer.name,
      nip: customer.nip,
      ...toContractorTerms(customer),
    },
    totals,
    trend,
    table,
  };
}
