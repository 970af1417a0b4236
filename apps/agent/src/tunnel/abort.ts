/**
 * Why a command's signal fired. TIMEOUT and CANCELLED end it with an outcome the portal
 * receives; DISCONNECTED and SHUTDOWN abandon it, and the portal redelivers it later.
 */
export const ABORT_REASONS = ["TIMEOUT", "CANCELLED", "DISCONNECTED", "SHUTDOWN"] as const;
export type TAbortReason = (typeof ABORT_REASONS)[number];

export function abortReasonOf(signal: AbortSignal): TAbortReason | null {
  if (!signal.aborted) return null;
  return ABORT_REASONS.find((reason) => reason === signal.reason) ?? "CANCELLED";
}

/**
 * Settles with `promise`, or rejects as soon as `signal` aborts: a command that ignores its
 * signal cannot hold the serial queue past its timeout. Its late settlement is swallowed.
 */
export function raceAbort<T>(options: { promise: Promise<T>; signal: AbortSignal }): Promise<T> {
  const { promise, signal } = options;
  promise.catch(() => undefined);
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
