import { Prisma } from "../../../../generated/prisma/client.ts";
import type { TTx } from "../../../platform/database/db.ts";

/** The rollup tables and their keys (besides integrationId); names come only from here, never from input. */
export const ROLLUPS = {
  ReportSalesDay: ["day", "channel", "warehouseId"],
  ReportSalesMonth: ["month", "channel", "warehouseId"],
  ReportCustomerMonth: ["month", "customerId", "channel", "warehouseId"],
  ReportCustomerYear: ["month", "customerId"],
  ReportProductDay: ["day", "productId", "channel", "warehouseId"],
  ReportProductMonth: ["month", "productId", "channel", "warehouseId"],
  ReportProductTotalMonth: ["month", "productId"],
  ReportProductTotalQuarter: ["quarter", "productId"],
  ReportProductYear: ["month", "productId"],
  ReportProductPlaceYear: ["month", "productId", "channel", "warehouseId"],
  ReportGroupDay: ["day", "groupId", "channel", "warehouseId"],
  ReportGroupMonth: ["month", "groupId", "channel", "warehouseId"],
} as const;
export type TRollup = keyof typeof ROLLUPS;

/** The year rollups: each row sums the twelve calendar months ending with its own. */
const YEAR_ROLLUPS: ReadonlySet<TRollup> = new Set([
  "ReportProductYear",
  "ReportCustomerYear",
  "ReportProductPlaceYear",
]);
const YEAR_MONTHS = 12;

/**
 * A month rollup's delta (`month`, then `keys`) as the year rollups' delta: each month's figures
 * count in the twelve years ending with it and the eleven months after.
 */
export function yearsOf(
  monthly: Prisma.Sql,
  keys: readonly ("productId" | "customerId" | "channel" | "warehouseId")[],
) {
  const columns = Prisma.raw(keys.map((key) => `m."${key}"`).join(", "));
  return Prisma.sql`SELECT (m.month + make_interval(months => k))::date AS month, ${columns},
      sum(m.net) AS net, sum(m.gross) AS gross, sum(m.cost) AS cost, sum(m.quantity) AS quantity,
      sum(m.documents) AS documents, sum(m.lines) AS lines
    FROM (${monthly}) m CROSS JOIN generate_series(0, ${Prisma.raw(String(YEAR_MONTHS - 1))}) k
    GROUP BY ${Prisma.raw(Array.from({ length: keys.length + 1 }, (_, i) => i + 1).join(", "))}`;
}

/** Group rollups count no documents: a document may hold several groups. */
const measuresOf = (rollup: TRollup) =>
  rollup.startsWith("ReportGroup")
    ? (["net", "gross", "cost", "quantity", "lines"] as const)
    : (["net", "gross", "cost", "quantity", "documents", "lines"] as const);

/**
 * The statement adding a delta to a rollup: `rows` yields the keys and the measures, one row per
 * key. Rows are written in key order, so two transactions touching the same keys lock them in
 * the same order.
 */
export function upsertSql(options: {
  rollup: TRollup;
  companyId: string;
  integrationId: string;
  rows: Prisma.Sql;
}): Prisma.Sql {
  const keys = ROLLUPS[options.rollup];
  const MEASURES = measuresOf(options.rollup);
  const list = (names: readonly string[]) => Prisma.raw(names.map((n) => `"${n}"`).join(", "));
  const table = Prisma.raw(`"${options.rollup}"`);
  const updates = Prisma.raw(MEASURES.map((m) => `"${m}" = t."${m}" + excluded."${m}"`).join(", "));
  return Prisma.sql`
    INSERT INTO ${table} AS t ("integrationId", "companyId", ${list(keys)}, ${list(MEASURES)})
    SELECT ${options.integrationId}::uuid, ${options.companyId}::uuid, ${list(keys)}, ${list(MEASURES)}
    FROM (${options.rows}) delta
    ORDER BY ${list(keys)}
    ON CONFLICT ("integrationId", ${list(keys)}) DO UPDATE SET ${updates}`;
}

export function upsertDelta(options: {
  tx: TTx;
  rollup: TRollup;
  companyId: string;
  integrationId: string;
  rows: Prisma.Sql;
}) {
  return options.tx.$executeRaw`${upsertSql(options)}`;
}

/** Rows a retraction left at nothing, on the days (and their months) it touched. */
export async function dropEmptyRows(options: { tx: TTx; integrationId: string; days: Date[] }) {
  if (options.days.length === 0) return;
  for (const rollup of Object.keys(ROLLUPS) as TRollup[]) {
    const period = Prisma.raw(`"${ROLLUPS[rollup][0]}"`);
    const unit = ROLLUPS[rollup][0];
    // A day is in the years ending with its month and the eleven months after.
    const truncate = YEAR_ROLLUPS.has(rollup)
      ? Prisma.raw(`(date_trunc('month', d) + make_interval(months => k))::date`)
      : Prisma.raw(unit === "day" ? "d" : `date_trunc('${unit}', d)::date`);
    const years = YEAR_ROLLUPS.has(rollup) ? Prisma.raw(`, generate_series(0, ${YEAR_MONTHS - 1}) k`) : Prisma.empty;
    await options.tx.$executeRaw`
      DELETE FROM ${Prisma.raw(`"${rollup}"`)} WHERE "integrationId" = ${options.integrationId}::uuid
        AND ${period} IN (SELECT DISTINCT ${truncate} FROM unnest(${options.days}::date[]) d${years})
        AND "lines" = 0 AND "net" = 0 AND "cost" = 0${measuresOf(rollup).length === 6 ? Prisma.sql` AND "documents" = 0` : Prisma.empty}`;
  }
}
