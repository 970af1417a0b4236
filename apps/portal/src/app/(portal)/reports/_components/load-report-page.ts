import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getReportWords } from "@/i18n/report-words.ts";
import { AppError, type TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import type { TReportInput } from "@/server/insight/reports/report-input.ts";
import { prepareReport } from "@/server/insight/reports/run-report.ts";
import type { TSearchParams } from "./query.ts";

/** The signed-in caller, read once per request however many parts of the page ask (React's cache). */
export const getReportActor = cache(getActor);

export type TReportPage = { ok: true; input: TReportInput } | { ok: false; fieldErrors: TFieldErrors };

/**
 * A report page's start: signed in, the company checked against the caller (404 for another
 * client's), the URL parsed; a bad filter comes back as field errors for the page to show.
 */
export async function loadReportPage(options: {
  companyId: string;
  searchParams: TSearchParams;
  limit?: number;
}): Promise<TReportPage> {
  const actor = await getReportActor();
  if (!actor) redirect("/signin");
  const { words } = await getReportWords();
  try {
    const input = await prepareReport({ actor, companyId: options.companyId, params: options.searchParams, words });
    return { ok: true, input: { ...input, limit: options.limit } };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "INVALID_INPUT") {
      return { ok: false, fieldErrors: error.fieldErrors ?? {} };
    }
    throw error;
  }
}
