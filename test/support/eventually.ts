/**
 * Re-checks `probe` until it returns a value (not undefined) or the time runs out; for state
 * that another process changes. The last error or value is in the failure message.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  options: { timeoutMs?: number; intervalMs?: number; what: string },
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- whatever the probe threw, as String prints it.
      throw new Error(`timed out waiting for ${options.what}${last ? `: ${String(last)}` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
}
