/** SQL Server's "chosen as the deadlock victim", and ours for a write lock's victim (write-locks.ts). */
const MSSQL_DEADLOCKS = new Set([1205, 51205]);
/** PostgreSQL's deadlock_detected and serialization_failure (the sandbox). */
const POSTGRES_RETRYABLE = new Set(["40P01", "40001"]);

export const DEADLOCK_ATTEMPTS = 4;

/**
 * Whether the database rolled the write back to break a deadlock (or a serialization conflict):
 * nothing of it stayed, and running it again is what the ERP expects. The mssql driver wraps
 * tedious's error (originalError), Kysely may wrap either (cause).
 */
export function isDeadlock(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return false;
    if ("number" in current && typeof current.number === "number" && MSSQL_DEADLOCKS.has(current.number)) return true;
    if ("code" in current && typeof current.code === "string" && POSTGRES_RETRYABLE.has(current.code)) return true;
    current = "originalError" in current ? current.originalError : "cause" in current ? current.cause : undefined;
  }
  return false;
}

/**
 * Runs a whole write transaction again when the database chose it as a deadlock victim, a few
 * times with a short random pause (so the two writers do not meet again in step). The write is
 * idempotent by its key and the victim's transaction left nothing, so a rerun is the same write.
 */
export async function retryOnDeadlock<T>(options: {
  write: () => Promise<T>;
  onRetry?: (info: { attempt: number; error: unknown }) => void;
}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await options.write();
    } catch (error) {
      if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
      options.onRetry?.({ attempt, error });
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}
