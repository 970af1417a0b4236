import { NextResponse } from "next/server";
import { errorAnswer } from "./error-answer.ts";

/** The one shape of an API error (errorAnswer), as Next's route handlers return it. */
export function errorResponse(options: { error: unknown; requestId: string }): NextResponse {
  const { status, body, headers } = errorAnswer(options);
  return NextResponse.json(body, { status, headers });
}
