import { NextResponse } from "next/server";
import { errorText, log } from "../log.ts";
import { AppError, httpStatusFor } from "../errors/app-error.ts";

/** The one shape of an API error: AppError codes mapped to HTTP, anything else a logged 500. */
export function errorResponse(options: { error: unknown; requestId: string }): NextResponse {
  const { error, requestId } = options;
  const headers = { "x-request-id": requestId };
  if (error instanceof AppError) {
    const body = { error: { code: error.code, message: error.userMessage, fields: error.fieldErrors }, requestId };
    return NextResponse.json(body, { status: httpStatusFor(error.code), headers });
  }
  log("error", "api route failed", { requestId, error: errorText(error) });
  const body = { error: { code: "INTERNAL", message: "Internal error" }, requestId };
  return NextResponse.json(body, { status: 500, headers });
}
