import { getReportWords } from "@/i18n/report-words.ts";
import { apiHandler } from "@/server/platform/http/api-handler.ts";
import { runReport } from "@/server/insight/reports/run-report.ts";

type TParams = { companyId: string; report: string };

/** GET /api/reports/{companyId}/{report}?from&to&bucket&contact&integration&warehouse&group&product&customer&by&sort&dir&q */
export const GET = apiHandler<TParams>(async ({ actor, params, request }) => {
  const { words } = await getReportWords();
  const result = await runReport({
    actor,
    companyId: params.companyId,
    report: params.report,
    params: new URL(request.url).searchParams,
    words,
    limit: 500,
  });
  return { body: result.data };
});
