import type { TCommandName } from "@erp-bridge/shared";

const HOUR_MS = 60 * 60_000;

/**
 * How long a command may wait in the queue for its agent (offline, or busy with earlier work)
 * before it expires undelivered, per kind. Every command of the catalogue must say:
 * - "answer": a live question someone is waiting on (a check, a lookup, a ping) is worth nothing
 *   once they stopped waiting, so it expires with its own timeout;
 * - a number: sync reads, re-planned by the next run anyway, go stale after that long;
 * - "wait": ERP writes for orders wait for the agent however long it is away: the order must
 *   reach the ERP, and the order engine, not the queue, decides about retries.
 */
const LIFETIME: Record<TCommandName, "answer" | "wait" | number> = {
  "diagnostics.echo": "answer",
  "diagnostics.sleep": "answer",
  "diagnostics.stream": "answer",
  "erp.status": "answer",
  "erp.sfera.check": "answer",
  "erp.products.find": "answer",
  "erp.products.search": "answer",
  "erp.read": 6 * HOUR_MS,
  "erp.order.create": "wait",
  "erp.order.sale": "wait",
  "erp.order.transfer": "wait",
  "erp.order.close": "wait",
  "erp.order.return": "wait",
  "erp.writes.preflight": "answer",
};

/** When a command queued now expires if still undelivered; null: never. */
export function queueExpiry(options: { name: TCommandName; timeoutMs: number; now: Date }): Date | null {
  const lifetime = LIFETIME[options.name];
  if (lifetime === "wait") return null;
  const ms = lifetime === "answer" ? options.timeoutMs : lifetime;
  return new Date(options.now.getTime() + ms);
}

/** A live question: worth nothing once its asker stopped waiting (see LIFETIME). */
export function isLiveQuestion(name: TCommandName): boolean {
  return LIFETIME[name] === "answer";
}
