import type { TFieldErrors } from "./field-problem.ts";
import { fieldProblemText } from "./field-problem-text.ts";
import { formProblem, type TFormProblem } from "./form-problem.ts";

/** Every failure a caller can act on. One place (httpStatusFor) maps codes to HTTP. */
export const APP_ERROR_CODES = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** An order's external id sent again with other content (lines, totals, buyer...). */
  EXTERNAL_ID_REUSED: 409,
  /** A payment that would take the paid amount over the order's total. */
  OVERPAYMENT: 409,
  /** An order for a channel whose integration's ERP is read-only (Comarch ERP Optima for now). */
  ERP_READ_ONLY: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  /** The client's agent is offline or its ERP did not answer: try again later. */
  UNAVAILABLE: 503,
} as const;

export type TAppErrorCode = keyof typeof APP_ERROR_CODES;

export type { TFieldErrors } from "./field-problem.ts";

export class AppError extends Error {
  readonly code: TAppErrorCode;
  /** Safe to show to the user; `message` may hold internal detail for logs. */
  readonly userMessage: string;
  readonly fieldErrors: TFieldErrors | undefined;
  /** What a page shows for the whole form, as a code it translates (form-problem.ts). */
  readonly problem: TFormProblem | undefined;

  constructor(options: {
    code: TAppErrorCode;
    message: string;
    userMessage?: string;
    fieldErrors?: TFieldErrors;
    problem?: TFormProblem;
  }) {
    super(options.message);
    this.name = "AppError";
    this.code = options.code;
    this.userMessage = options.userMessage ?? options.message;
    this.fieldErrors = options.fieldErrors;
    this.problem = options.problem;
  }
}

export function httpStatusFor(code: TAppErrorCode): number {
  return APP_ERROR_CODES[code];
}

/** Tenant-safe "not found": the same answer whether the row is missing or belongs to someone else. */
export function notFound(what: string): AppError {
  return new AppError({
    code: "NOT_FOUND",
    message: `${what} not found`,
    userMessage: "Not found",
    problem: formProblem("notFound"),
  });
}

/** INVALID_INPUT for errors found beyond a schema (against the ERP, across fields), by field path. */
export function invalidInput(fieldErrors: TFieldErrors): AppError {
  return new AppError({ code: "INVALID_INPUT", message: fieldErrorsText(fieldErrors), fieldErrors });
}

/** Field problems in English, one `path: words` per field: logs, the CLI. */
export function fieldErrorsText(fieldErrors: TFieldErrors): string {
  return Object.entries(fieldErrors)
    .map(([field, problems]) => `${field}: ${problems.map(fieldProblemText).join(", ")}`)
    .join("; ");
}

/** Whether this is the refusal to queue a command for an ERP connection the agent never reported. */
export function isUnknownConnection(error: unknown): boolean {
  return error instanceof AppError && error.problem?.code === "agentConnectionUnknown";
}
