import { z } from "zod";
import { invalidInput } from "../../platform/errors/app-error.ts";
import { fieldProblem, type TFieldProblemCode } from "../../platform/errors/field-problem.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { addDays, BUCKETS, daysIn, parseDay, polishDay, type TRange } from "./report-period.ts";

const MAX_DAYS = 5 * 366;
/** Day buckets beyond this many would draw an unreadable chart. */
const MAX_DAY_BUCKETS = 400;

const id = (min: number) => z.coerce.number().int().min(min).max(2_147_483_647);

/** erp | showroom | channel (any) | channel:unknown | channel:<SalesChannel id>. */
const ZContact = z.string().regex(/^(erp|showroom|channel|channel:unknown|channel:[0-9a-f-]{36})$/);

export const DIMENSIONS = ["contact", "warehouse", "group", "product", "customer", "integration"] as const;
export type TDimension = (typeof DIMENSIONS)[number];

/** What every report accepts in its URL: the period, how to bucket it, and what to narrow to. */
export const ZReportQuery = z
  .object({
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    bucket: z.enum(BUCKETS).default("month"),
    contact: ZContact.optional(),
    /** One ERP source (one of the company's integrations; another's is not found). */
    integration: z.uuid().optional(),
    warehouse: id(0).optional(),
    group: id(1).optional(),
    /** A product symbol: the same symbol in several ERPs is one product (issue 19). */
    product: z.string().trim().min(1).max(100).optional(),
    customer: id(0).optional(),
    /** Breakdown dimension. */
    by: z.enum(DIMENSIONS).default("contact"),
    /** Table sorting and text filter. */
    sort: z
      .string()
      .regex(/^[a-zA-Z]{1,30}$/)
      .optional(),
    dir: z.enum(["asc", "desc"]).default("desc"),
    q: z.string().trim().max(100).optional(),
    /** Which page of a page's table (its first rows are page 1); the API and exports give every row. */
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.from > query.to) {
      ctx.addIssue({ code: "custom", path: ["to"], params: { code: "toBeforeFrom" } });
    }
  });
export type TReportQuery = z.output<typeof ZReportQuery>;

export type TFilters = Pick<TReportQuery, "contact" | "warehouse" | "group" | "product" | "customer">;

/** Filters naming an ERP's own id: with several ERP sources they need one chosen (ids collide across ERPs). */
export const SOURCE_ID_FILTERS = ["warehouse", "group", "customer"] as const;

export type TReportParams = TReportQuery & { range: TRange };

/**
 * Parses a report's URL query (400 with the field's path when wrong). Without dates: the current
 * month and the eleven before it, to `today`.
 */
export function parseReportQuery(options: {
  params: URLSearchParams | Record<string, string | string[] | undefined>;
  today: Date;
}): TReportParams {
  const entries =
    options.params instanceof URLSearchParams
      ? [...options.params.entries()]
      : Object.entries(options.params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as const] : []));
  const raw = Object.fromEntries(entries.filter(([, v]) => v !== ""));
  const query = parseInput({ schema: ZReportQuery, input: raw });
  const today = polishDay(options.today);
  const to = query.to ? parseDay(query.to) : today;
  const from = query.from ? parseDay(query.from) : new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 11, 1));
  const range = { from, to: addDays(to, 1) };
  const fieldError = (field: string, code: TFieldProblemCode) => {
    throw invalidInput({ [field]: [fieldProblem(code)] });
  };
  if (daysIn(range) > MAX_DAYS) fieldError("from", "atMostFiveYears");
  if (query.bucket === "day" && daysIn(range) > MAX_DAY_BUCKETS) fieldError("bucket", "tooManyDays");
  return { ...query, range };
}
