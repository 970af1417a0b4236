import { notFound } from "../../platform/errors/app-error.ts";
import { getDb } from "../../platform/database/db.ts";
import { getSalesTrend } from "./get-sales-trend.ts";
import { toMeasures } from "./report-measures.ts";
import type { TReportInput } from "./report-input.ts";
import { contractorTerms, readContractors } from "./contractor-terms.ts";
import { formatDay } from "./report-period.ts";
import { shapeTable, type TColumn } from "./report-table.ts";

const COLUMNS: TColumn[] = [
  { key: "date", kind: "date" },
  { key: "type", kind: "text" },
  { key: "number", kind: "text" },
  { key: "related", kind: "text" },
  { key: "ordered", kind: "money" },
  { key: "net", kind: "money" },
  { key: "gross", kind: "money" },
  { key: "margin", kind: "money" },
];

/** An order is not a sale: its value stands apart, so an order and its invoice are not added up. */
const ORDER = "ZK";

/**
 * One customer from the ERP copy: terms, sales by bucket, the day of their last order, and their
 * orders (ZK) and sales documents (FS, PA, KFS) in the period, newest first, each named in words
 * and beside the document it came from or led to (an order's invoice, an invoice's order).
 */
export async function getContractorHistory(input: TReportInput & { customerId: number }) {
  const { context, params } = input;
  // The customer in the first of the report's integrations that has it (the chosen ERP source, when
  // one is); its history is that integration's: customers of two ERPs are not merged.
  const found = await readContractors({ integrationIds: context.integrationIds, only: { erpId: input.customerId } });
  const customer = context.integrationIds
    .map((id) => found.find((c) => c.integrationId === id))
    .find((c) => c !== undefined);
  if (!customer) throw notFound("customer");
  const { integrationId } = customer;
  const documents = await getDb().$queryRaw<
    {
      documentId: number;
      day: Date;
      type: string;
      number: string;
      relatedId: number | null;
      relatedType: string | null;
      relatedNumber: string | null;
      net: number;
      gross: number;
      cost: number;
    }[]
  >`
    SELECT r."documentId", r.day, r.type, d.number, rel."erpId" AS "relatedId", rel.type AS "relatedType",
      rel.number AS "relatedNumber", r.net::float8 AS net, r.gross::float8 AS gross, r.cost::float8 AS cost
    FROM "ReportDocument" r
    JOIN "ErpDocument" d ON d."integrationId" = r."integrationId" AND d."erpId" = r."documentId"
    LEFT JOIN "ErpDocument" rel ON rel."integrationId" = d."integrationId" AND rel."erpId" = d."sourceDocumentId"
    WHERE r."integrationId" = ${integrationId}::uuid AND r."customerId" = ${customer.erpId}
      AND r.day >= ${params.range.from}::date AND r.day < ${params.range.to}::date
    ORDER BY r.day DESC, r."documentId" DESC`;
  // An order is pointed at by the sale made from it.
  const orderIds = documents.filter((d) => d.type === ORDER).map((d) => d.documentId);
  const sales = await getDb().erpDocument.findMany({
    where: { integrationId, sourceDocumentId: { in: orderIds }, type: { not: "KFS" } },
    select: { erpId: true, type: true, number: true, sourceDocumentId: true },
    orderBy: { issuedAt: "asc" },
  });
  const saleOf = new Map(sales.map((sale) => [sale.sourceDocumentId, sale]));
  for (const d of documents) {
    const sale = d.type === ORDER ? saleOf.get(d.documentId) : undefined;
    if (sale) Object.assign(d, { relatedId: sale.erpId, relatedType: sale.type, relatedNumber: sale.number });
  }
  // Shops that sell without orders (straight to an invoice) still show when the customer last bought.
  const lastOrder = await getDb().erpDocument.findFirst({
    where: { integrationId, customerId: customer.erpId, type: { in: [ORDER, "FS", "PA"] } },
    orderBy: { issuedAt: "desc" },
    select: { issuedAt: true },
  });
  const trend = await getSalesTrend({
    ...input,
    context: {
      ...context,
      integrationIds: [integrationId],
      showrooms: context.showrooms.filter((s) => s.integrationId === integrationId),
    },
    params: { ...params, customer: customer.erpId },
  });
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
    rows: documents.map((d) => {
      const order = d.type === ORDER;
      return {
        key: String(d.documentId),
        date: formatDay(d.day),
        type: input.words.documentType(d.type),
        number: d.number,
        related:
          d.relatedNumber === null ? null : `${input.words.documentType(d.relatedType ?? "")} ${d.relatedNumber}`,
        relatedKey: d.relatedId === null ? null : String(d.relatedId),
        ordered: order ? d.net : null,
        net: order ? null : d.net,
        gross: order ? null : d.gross,
        margin: order ? null : Math.round((d.net - d.cost) * 100) / 100,
      };
    }),
    sort: params.sort,
    defaultSort: "date",
    dir: params.dir,
    q: params.q,
    limit: input.limit,
  });
  return {
    customer: {
      id: customer.erpId,
      integrationId,
      code: customer.code,
      name: customer.name,
      nip: customer.nip,
      ...contractorTerms(customer),
    },
    totals,
    lastOrderDay: lastOrder ? formatDay(lastOrder.issuedAt) : null,
    trend,
    table,
  };
}
