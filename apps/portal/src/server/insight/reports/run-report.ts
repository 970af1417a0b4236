import { z } from "zod";
import { AppError, invalidInput, notFound } from "../../platform/errors/app-error.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { getContractorHistory } from "./get-contractor-history.ts";
import { getMarginHeatmap } from "./get-margin-heatmap.ts";
import { getSalesBreakdown } from "./get-sales-breakdown.ts";
import { getSalesSummary } from "./get-sales-summary.ts";
import { getSalesTrend } from "./get-sales-trend.ts";
import { getUnprofitableAreas } from "./get-unprofitable-areas.ts";
import { listContractors } from "./list-contractors.ts";
import { loadReportContext, readSource } from "./load-report-context.ts";
import { parseReportQuery, SOURCE_ID_FILTERS, type TReportParams } from "./report-filters.ts";
import { regroupProducts } from "./rollups/regroup-products.ts";
import type { TReportInput } from "./report-input.ts";
import type { TReportWords, TTable } from "./report-table.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";

export const REPORTS = [
  "summary",
  "trend",
  "breakdown",
  "heatmap",
  "unprofitable",
  "contractors",
  "contractor",
] as const;
export type TReportName = (typeof REPORTS)[number];

export type TRunWords = TReportWords & { negative: string; falling: string };

/**
 * One report for the API and the exports: checks the company against the caller (404 for another
 * tenant's), parses the URL (400 naming the field), and returns the report with its table.
 */
export async function runReport(options: {
  actor: TActor;
  companyId: string;
  report: string;
  params: URLSearchParams;
  words: TRunWords;
  limit?: number;
  today?: Date;
}): Promise<{ report: TReportName; data: unknown; table: TTable; params: TReportParams }> {
  const report = z.enum(REPORTS).safeParse(options.report);
  if (!report.success) throw notFound("report");
  const input = await prepareReport(options);
  return { ...(await run(report.data, input, options.words)), params: input.params };
}

async function run(report: TReportName, input: TReportInput, words: TRunWords) {
  const { params } = input;
  switch (report) {
    case "summary":
      return withTable(report, await getSalesSummary(input));
    case "trend":
      return withTable(report, await getSalesTrend(input));
    case "breakdown":
      return withTable(report, await getSalesBreakdown(input));
    case "heatmap":
      return withTable(report, await getMarginHeatmap(input));
    case "unprofitable": {
      const { negative, falling } = words;
      return withTable(report, await getUnprofitableAreas({ ...input, flagWords: { negative, falling } }));
    }
    case "contractors": {
      const table = await listContractors(input);
      return { report, data: table, table };
    }
    case "contractor": {
      if (params.customer === undefined) {
        throw new AppError({
          code: "INVALID_INPUT",
          message: "customer: required",
          fieldErrors: { customer: [fieldProblem("required")] },
        });
      }
      return withTable(report, await getContractorHistory({ ...input, customerId: params.customer }));
    }
  }
}

/**
 * The checked company and the parsed URL every report starts from (pages call the reports with it).
 * A chosen ERP source narrows the report to it (another company's is not found). With several
 * sources, a warehouse, group or customer id means nothing without its source: refused, naming it.
 */
export async function prepareReport(options: {
  actor: TActor;
  companyId: string;
  params: URLSearchParams | Record<string, string | string[] | undefined>;
  words: TReportWords;
  limit?: number;
  today?: Date;
}): Promise<TReportInput> {
  const company = await loadReportContext({ actor: options.actor, companyId: options.companyId });
  const params = parseReportQuery({ params: options.params, today: options.today ?? new Date() });
  const context = readSource(company, params.integration);
  const unsourced = SOURCE_ID_FILTERS.filter((field) => params[field] !== undefined);
  if (context.integrationIds.length > 1 && unsourced.length > 0) {
    throw invalidInput(Object.fromEntries(unsourced.map((field) => [field, [fieldProblem("needsSource")]])));
  }
  await regroupProducts({ companyId: context.company.id, integrationIds: company.sources.map((s) => s.id) });
  return { context, params, words: options.words, limit: options.limit };
}

function withTable<T extends { table: TTable }>(report: TReportName, data: T) {
  return { report, data, table: data.table };
}
