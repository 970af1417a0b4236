import { randomUUID } from "node:crypto";
import { getReportWords } from "@/i18n/report-words.ts";
import { AppError } from "@/server/platform/errors/app-error.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { errorResponse } from "@/server/platform/http/error-response.ts";
import { exportReport } from "@/server/insight/reports/export-report.ts";

type TParams = { companyId: string; report: string };

/** GET /api/reports/{companyId}/{report}/export?format=csv|xlsx&<the report's filters>: every row. */
export async function GET(request: Request, context: { params: Promise<TParams> }): Promise<Response> {
  const requestId = randomUUID();
  try {
    const actor = await getActor();
    if (!actor) throw new AppError({ code: "UNAUTHORIZED", message: "signed out", userMessage: "Sign in first" });
    const params = await context.params;
    const { words, title, locale, sheet, heading } = await getReportWords();
    const query = new URL(request.url).searchParams;
    const file = await exportReport({
      actor,
      companyId: params.companyId,
      report: params.report,
      params: query,
      heading: heading(params.report, query),
      words,
      title,
      locale,
      sheet: sheet(params.report),
    });
    return new Response(Buffer.from(file.body), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "x-request-id": requestId,
      },
    });
  } catch (error) {
    return errorResponse({ error, requestId });
  }
}
