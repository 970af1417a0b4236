import { Prisma } from "../../../generated/prisma/client.ts";
import { getDb } from "../../platform/database/db.ts";
import type { TFilters } from "./report-filters.ts";
import { contactSql, showroomSql, UNKNOWN_CHANNEL, type TShowrooms } from "./point-of-contact.ts";
import { splitByMonth, splitByQuarter, splitByYear, type TBucket, type TRange } from "./report-period.ts";
import { SALES_TYPES } from "./rollups/apply-sales-delta.ts";

export type TAggregateDim = "bucket" | "contact" | "warehouse" | "group" | "product" | "customer" | "integration";

/**
 * Dimensions whose keys are one ERP's own ids: their rows are kept apart per integration (ERP
 * source), since warehouse 1 or customer 7 in one ERP is not the same as in another.
 */
export const PER_SOURCE_DIMS: ReadonlySet<TAggregateDim> = new Set(["warehouse", "group", "customer"]);

export type TTotals = {
  net: number;
  gross: number;
  cost: number;
  quantity: number;
  /** Whole sales documents (FS, PA); null where the rows are products summed across documents. */
  documents: number | null;
  lines: number;
};

export type TAggregateRow = TTotals & {
  bucket?: string;
  contact?: string;
  warehouse?: number;
  group?: number;
  /** The product's symbol: the same symbol in several ERPs is one row; '' for lines without a product. */
  product?: string;
  customer?: number;
  /** The integration (ERP source) of a row by integration or by a per-source dimension. */
  integration?: string;
  /** Every integration the row's sales came from (with `withSources`). */
  sources?: string[];
};

/** Dimensions read from the product's copy (its symbol, its group) or the row's source, not computed. */
const COPY_DIMS: ReadonlySet<TAggregateDim> = new Set(["product", "group", "integration"]);
type TRowDim = Exclude<TAggregateDim, "product" | "group" | "integration">;

type TSourceKind = "sales" | "customer" | "group" | "product" | "productTotal" | "lines";
type TGrain = "day" | "month" | "quarter" | "year";

/**
 * Sums sales over a range by the given dimensions, from the smallest rollup that can answer:
 * document-level figures from the sales rollups (by customer: the customer rollup), group-level
 * ones from the group rollups, product-level ones from the product rollups, and only a product or
 * group question about customers from the lines.
 * Whole months come from the month rollups, the days at the ends (and day or week buckets) from
 * the day ones. Over the given integrations (a company's: company-wide figures sum them).
 * Several ERPs (issue 19): a product is its symbol, so one sold in two ERPs under two ids is one row
 * (the symbol read from each ERP's own copy); warehouses, groups and customers stay apart per ERP
 * (PER_SOURCE_DIMS).
 */
export async function aggregateSales(options: {
  integrationIds: string[];
  range: TRange;
  dims: TAggregateDim[];
  bucket: TBucket;
  filters: TFilters;
  showrooms: TShowrooms;
  /** Only these products or customers (the rows a table shows). */
  only?: { dim: "product"; symbols: string[] } | { dim: "customer"; customers: { integration: string; id: number }[] };
  /** Say which integrations each row's sales came from. */
  withSources?: boolean;
}): Promise<TAggregateRow[]> {
  const { integrationIds, filters } = options;
  const dims: TAggregateDim[] =
    options.dims.some((dim) => PER_SOURCE_DIMS.has(dim)) && !options.dims.includes("integration")
      ? [...options.dims, "integration"]
      : options.dims;
  const byProduct = dims.includes("product") || filters.product !== undefined;
  const byGroup = dims.includes("group") || filters.group !== undefined;
  const byCustomer = dims.includes("customer") || filters.customer !== undefined;
  const placeFree =
    !dims.includes("contact") && !dims.includes("warehouse") && !filters.contact && filters.warehouse === undefined;
  const kind: TSourceKind = byCustomer
    ? byProduct || byGroup
      ? "lines"
      : "customer"
    : byProduct
      ? placeFree
        ? "productTotal"
        : "product"
      : byGroup
        ? "group"
        : "sales";
  const fine = dims.includes("bucket") && (options.bucket === "day" || options.bucket === "week");
  const quarterly =
    kind === "productTotal" && (!dims.includes("bucket") || options.bucket === "quarter" || options.bucket === "year");
  const splitOf = (range: TRange) =>
    fine
      ? { quarters: null, months: [], days: [range] }
      : quarterly
        ? splitByQuarter(range)
        : { quarters: null, ...monthsAndDays(range) };
  // Twelve months by product or customer alone are one row each (ReportProductYear, ReportCustomerYear);
  // by product at a place (showrooms by product), one row per product and place (ReportProductPlaceYear).
  const yearly =
    (kind === "productTotal" || kind === "product" || (kind === "customer" && placeFree)) && !dims.includes("bucket")
      ? splitByYear(options.range)
      : null;
  const where = sourceFilter({ integrationIds, filters, showrooms: options.showrooms, kind });
  if (options.only?.dim === "product") where.push(symbolSql({ integrationIds, symbols: options.only.symbols }));
  if (options.only?.dim === "customer") {
    const { customers } = options.only;
    where.push(Prisma.sql`("integrationId", "customerId") IN (SELECT * FROM unnest(
      ${customers.map((c) => c.integration)}::uuid[], ${customers.map((c) => c.id)}::int[]))`);
  }
  const partsOf = (range: TRange) => {
    const split = splitOf(range);
    return [
      ...(split.quarters ? [source({ kind, grain: "quarter", range: split.quarters, integrationIds, where })] : []),
      ...split.months.map((range) => source({ kind, grain: "month", range, integrationIds, where })),
      ...split.days.map((range) => source({ kind, grain: "day", range, integrationIds, where })),
    ];
  };
  const parts = yearly
    ? [
        source({
          kind,
          grain: "year",
          range: { from: yearly.yearEnding, to: yearly.yearEnding },
          integrationIds,
          where,
        }),
        ...(yearly.add ? partsOf(yearly.add) : []),
        ...(yearly.subtract ? partsOf(yearly.subtract).map(negated) : []),
      ]
    : partsOf(options.range);
  if (parts.length === 0) return [];
  const documents =
    kind === "lines"
      ? Prisma.sql`count(DISTINCT (f."integrationId", f.doc)) FILTER (WHERE f.sale)`
      : kind === "group" || ((kind === "product" || kind === "productTotal") && !dims.includes("product"))
        ? Prisma.sql`NULL`
        : Prisma.sql`sum(f.documents)`;
  const byProductRow = dims.includes("product") || (dims.includes("group") && kind !== "group");
  const union = Prisma.sql`(${Prisma.join(parts, " UNION ALL ")})`;
  // A product's symbol and group are its copy's: joined once per product summed, not once per
  // rollup row (a year by product is ~70k rollup rows for 10k products). A line count of distinct
  // documents cannot be summed per product first: those rows are joined as they are.
  const presum = byProductRow && kind !== "lines";
  // Dimensions read off the rollup rows themselves (product and group come from the copy).
  const rowDims = dims.filter((dim): dim is TRowDim => !COPY_DIMS.has(dim));
  const rowColumn: Record<TRowDim, Prisma.Sql> = {
    bucket: Prisma.sql`to_char(date_trunc(${options.bucket}, f.p), 'YYYY-MM-DD')`,
    contact: contactSql({ showrooms: options.showrooms, alias: "f" }),
    warehouse: Prisma.sql`f."warehouseId"`,
    customer: Prisma.sql`f."customerId"`,
  };
  const as = (dim: TAggregateDim) => Prisma.raw(`"${dim}"`);
  const columns: Record<TAggregateDim, Prisma.Sql> = {
    ...rowColumn,
    // Summed first: the row's dimensions are the inner query's columns of the same name.
    ...(presum ? Object.fromEntries(rowDims.map((dim) => [dim, Prisma.sql`f.${as(dim)}`])) : {}),
    group: kind === "group" ? Prisma.sql`f."groupId"` : Prisma.sql`coalesce(pr."groupId", 0)`,
    // A product the copy does not know (yet) keeps its ERP id, marked.
    product: Prisma.sql`CASE WHEN f."productId" = 0 THEN '' ELSE coalesce(pr.sku, '#' || f."productId") END`,
    integration: Prisma.sql`f."integrationId"::text`,
  };
  // Summed as float8: the product rollups hold whole numbers (grosze, ten-thousandths, counts), which
  // a double adds exactly below 2^53 (90 trillion zł), with a few bytes of state per group where
  // sum(bigint)'s numeric grows; by product and place (9,000 products a year) 64–101 → 38 ms, and the
  // outer aggregate no longer spills to disk. The HAVING repeats the same sums, so none is added.
  const from = presum
    ? Prisma.sql`(SELECT ${Prisma.join([
        Prisma.sql`f."integrationId", f."productId"`,
        ...rowDims.map((dim) => Prisma.sql`${rowColumn[dim]} AS ${as(dim)}`),
      ])}, sum(f.net::float8) AS net, sum(f.gross::float8) AS gross, sum(f.cost::float8) AS cost,
        sum(f.quantity::float8) AS quantity, sum(f.documents::float8) AS documents, sum(f.lines::float8) AS lines
      FROM ${union} f GROUP BY ${Prisma.raw(positions(rowDims.length + 2))}
      HAVING sum(f.lines::float8) <> 0 OR sum(f.net::float8) <> 0) f` // a source whose year less its tail sold nothing is none of the row's
    : Prisma.sql`${union} f`;
  const selected = [
    ...dims.map((dim) => Prisma.sql`${columns[dim]} AS ${as(dim)}`),
    ...(options.withSources ? [Prisma.sql`array_agg(DISTINCT f."integrationId"::text) AS sources`] : []),
  ];
  const productJoin = byProductRow
    ? Prisma.sql`LEFT JOIN "ErpProduct" pr ON pr."integrationId" = f."integrationId" AND pr."erpId" = f."productId"`
    : Prisma.empty;
  const rows = await getDb().$queryRaw<Record<string, unknown>[]>`
    SELECT ${Prisma.join([...selected, Prisma.sql`1 AS one`])},
      (sum(f.net) / 100)::float8 AS net, (sum(f.gross) / 100)::float8 AS gross, (sum(f.cost) / 100)::float8 AS cost,
      (sum(f.quantity) / 10000)::float8 AS quantity, (${documents})::float8 AS documents, sum(f.lines)::float8 AS lines
    FROM ${from} ${productJoin}
    ${dims.length > 0 ? Prisma.sql`GROUP BY ${Prisma.raw(positions(dims.length))}` : Prisma.empty}`;
  return rows.filter((r) => Number(r.lines) !== 0 || Number(r.net) !== 0).map((r) => toRow(r, dims));
}

/** A source's rows taken away (whole numbers: exactly what they added). */
function negated(part: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT "integrationId", p AS period, p, channel, "warehouseId", "productId", "customerId", "groupId",
    -net AS net, -gross AS gross, -cost AS cost, -quantity AS quantity, -documents AS documents, -lines AS lines
    FROM (${part}) n`;
}

/** "1, 2, ..., n": GROUP BY the first n columns. */
function positions(n: number): string {
  return Array.from({ length: n }, (_, i) => i + 1).join(", ");
}

function monthsAndDays(range: TRange): { months: TRange[]; days: TRange[] } {
  const split = splitByMonth(range);
  return { months: split.months ? [split.months] : [], days: split.days };
}

function toRow(row: Record<string, unknown>, dims: TAggregateDim[]): TAggregateRow {
  const out: TAggregateRow = {
    net: Number(row.net ?? 0),
    gross: Number(row.gross ?? 0),
    cost: Number(row.cost ?? 0),
    quantity: Number(row.quantity ?? 0),
    documents: row.documents === null ? null : Number(row.documents ?? 0),
    lines: Number(row.lines ?? 0),
  };
  for (const dim of dims) {
    if (dim === "bucket" || dim === "contact" || dim === "product" || dim === "integration")
      out[dim] = String(row[dim]);
    else out[dim] = Number(row[dim]);
  }
  if (Array.isArray(row.sources)) out.sources = row.sources.map(String);
  return out;
}

/** Rows of the given products: by symbol in each integration's copy ('' stands for lines without a product). */
function symbolSql(options: { integrationIds: string[]; symbols: string[] }): Prisma.Sql {
  const none = options.symbols.includes("") ? Prisma.sql`"productId" = 0 OR ` : Prisma.empty;
  return Prisma.sql`(${none}("integrationId", "productId") IN (SELECT "integrationId", "erpId" FROM "ErpProduct"
    WHERE "integrationId" = ANY(${options.integrationIds}::uuid[]) AND sku = ANY(${options.symbols}::text[])))`;
}

/** Conditions on a source row's columns (channel, warehouseId, productId, customerId). */
function sourceFilter(options: {
  integrationIds: string[];
  filters: TFilters;
  showrooms: TShowrooms;
  kind: TSourceKind;
}): Prisma.Sql[] {
  const { filters } = options;
  const showroom = showroomSql({ showrooms: options.showrooms, alias: "s" });
  const out: Prisma.Sql[] = [];
  const contact = filters.contact;
  if (contact === "channel") out.push(Prisma.sql`channel <> ''`);
  else if (contact === "channel:unknown") out.push(Prisma.sql`channel = ${UNKNOWN_CHANNEL}`);
  else if (contact?.startsWith("channel:")) out.push(Prisma.sql`channel = ${contact.slice("channel:".length)}`);
  else if (contact === "showroom") out.push(Prisma.sql`channel = '' AND ${showroom}`);
  else if (contact === "erp") out.push(Prisma.sql`channel = '' AND NOT ${showroom}`);
  if (filters.warehouse !== undefined) out.push(Prisma.sql`"warehouseId" = ${filters.warehouse}`);
  if (filters.customer !== undefined) out.push(Prisma.sql`"customerId" = ${filters.customer}`);
  if (filters.product !== undefined) {
    out.push(symbolSql({ integrationIds: options.integrationIds, symbols: [filters.product] }));
  }
  if (filters.group !== undefined && options.kind === "group") out.push(Prisma.sql`"groupId" = ${filters.group}`);
  else if (filters.group !== undefined) {
    out.push(Prisma.sql`("integrationId", "productId") IN (SELECT "integrationId", "erpId" FROM "ErpProduct"
      WHERE "integrationId" = ANY(${options.integrationIds}::uuid[]) AND "groupId" = ${filters.group})`);
  }
  return out;
}

/** One source's rows in a range, all with the same columns, filtered. */
function source(options: {
  kind: TSourceKind;
  grain: TGrain;
  range: TRange;
  integrationIds: string[];
  where: Prisma.Sql[];
}): Prisma.Sql {
  const { kind, grain, range, integrationIds } = options;
  const measures = Prisma.sql`net, gross, cost, quantity, documents, lines`;
  const inRange = (column: string) =>
    Prisma.sql`"integrationId" = ANY(${integrationIds}::uuid[]) AND ${Prisma.raw(`"${column}"`)} >= ${range.from}::date
      AND ${Prisma.raw(`"${column}"`)} < ${range.to}::date`;
  const filtered = (from: Prisma.Sql, period: string) =>
    Prisma.sql`SELECT * FROM (${from}) s WHERE ${Prisma.join([inRange(period), ...options.where], " AND ")}`;
  if (grain === "year") {
    // The year rollups' one year ending with the month `range.from`: whatever the place, or by
    // product and place (its channel and warehouse, which the place filters read).
    const [keys, table] =
      kind === "customer"
        ? [
            Prisma.sql`'' AS channel, 0 AS "warehouseId", 0 AS "productId", "customerId"`,
            Prisma.raw(`"ReportCustomerYear"`),
          ]
        : kind === "product"
          ? [Prisma.sql`channel, "warehouseId", "productId", 0 AS "customerId"`, Prisma.raw(`"ReportProductPlaceYear"`)]
          : [
              Prisma.sql`'' AS channel, 0 AS "warehouseId", "productId", 0 AS "customerId"`,
              Prisma.raw(`"ReportProductYear"`),
            ];
    return Prisma.sql`SELECT * FROM (SELECT "integrationId", month, month AS p, ${keys},
        0 AS "groupId", ${measures} FROM ${table}) s
      WHERE ${Prisma.join(
        [
          Prisma.sql`"integrationId" = ANY(${integrationIds}::uuid[]) AND month = ${range.from}::date`,
          ...options.where,
        ],
        " AND ",
      )}`;
  }
  switch (kind) {
    case "sales": {
      const table = Prisma.raw(grain === "day" ? `"ReportSalesDay"` : `"ReportSalesMonth"`);
      const p = Prisma.raw(grain === "day" ? `"day"` : `"month"`);
      return filtered(
        Prisma.sql`SELECT "integrationId", ${p}, ${p} AS p, channel, "warehouseId", 0 AS "productId", 0 AS "customerId",
          0 AS "groupId", ${measures} FROM ${table}`,
        grain,
      );
    }
    case "customer":
      return grain === "month"
        ? filtered(
            Prisma.sql`SELECT "integrationId", month, month AS p, channel, "warehouseId", 0 AS "productId", "customerId",
              0 AS "groupId", ${measures} FROM "ReportCustomerMonth"`,
            "month",
          )
        : filtered(
            Prisma.sql`SELECT "integrationId", day, day AS p, channel, "warehouseId", 0 AS "productId", "customerId",
              0 AS "groupId", net * 100 AS net, gross * 100 AS gross, cost * 100 AS cost, quantity * 10000 AS quantity,
              CASE WHEN type = 'KFS' THEN 0 ELSE 1 END AS documents, lines
              FROM "ReportDocument" WHERE type = ANY(${SALES_TYPES}::text[])`,
            "day",
          );
    case "group": {
      const table = Prisma.raw(grain === "day" ? `"ReportGroupDay"` : `"ReportGroupMonth"`);
      const p = Prisma.raw(grain === "day" ? `"day"` : `"month"`);
      return filtered(
        Prisma.sql`SELECT "integrationId", ${p}, ${p} AS p, channel, "warehouseId", 0 AS "productId", 0 AS "customerId",
          "groupId", net, gross, cost, quantity, 0 AS documents, lines FROM ${table}`,
        grain,
      );
    }
    case "productTotal": {
      if (grain === "day") return source({ ...options, kind: "product" });
      const table = Prisma.raw(grain === "month" ? `"ReportProductTotalMonth"` : `"ReportProductTotalQuarter"`);
      const p = Prisma.raw(`"${grain}"`);
      return filtered(
        Prisma.sql`SELECT "integrationId", ${p}, ${p} AS p, '' AS channel, 0 AS "warehouseId", "productId", 0 AS "customerId",
          0 AS "groupId", ${measures} FROM ${table}`,
        grain,
      );
    }
    case "product": {
      const table = Prisma.raw(grain === "day" ? `"ReportProductDay"` : `"ReportProductMonth"`);
      const p = Prisma.raw(grain === "day" ? `"day"` : `"month"`);
      return filtered(
        Prisma.sql`SELECT "integrationId", ${p}, ${p} AS p, channel, "warehouseId", "productId", 0 AS "customerId",
          0 AS "groupId", ${measures} FROM ${table}`,
        grain,
      );
    }
    case "lines":
      // Lines carry no day: their documents' rows (found by customer) do.
      return filtered(
        Prisma.sql`SELECT d."integrationId", d.day, d.day AS p, d.channel, d."warehouseId",
          coalesce(l."productId", 0) AS "productId", d."customerId", 0 AS "groupId", l.net * 100 AS net,
          l.gross * 100 AS gross, coalesce(l.cost, 0) * 100 AS cost, l.quantity * 10000 AS quantity, 0 AS documents, 1 AS lines, d."documentId" AS doc, d.type <> 'KFS' AS sale
          FROM "ReportDocument" d JOIN "ErpDocumentLine" l
            ON l."integrationId" = d."integrationId" AND l."documentId" = d."documentId"
          WHERE d.type = ANY(${SALES_TYPES}::text[])`,
        "day",
      );
  }
}
