export type TBackoffPolicy = { baseMs: number; capMs: number; resetAfterMs: number };

/**
 * Exponential backoff with full jitter: a uniform delay in [0, min(cap, base * 2^attempt)).
 * Full jitter spreads the reconnects of many agents after a portal restart instead of
 * having them arrive in waves.
 */
export function backoffDelay(options: { attempt: number; policy: TBackoffPolicy; random?: () => number }): number {
  const ceiling = Math.min(options.policy.capMs, options.policy.baseMs * 2 ** options.attempt);
  return Math.floor((options.random ?? Math.random)() * ceiling);
}
