import { AppError } from "../../apps/portal/src/server/platform/errors/app-error.ts";

/** The AppError a domain call rejects with; anything else (or success) fails the test. */
export async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected AppError, got ${String(error)}`);
  return error;
}
