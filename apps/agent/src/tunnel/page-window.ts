/**
 * Flow control for one stream: at most `size` pages sent and not yet acknowledged by the
 * portal, so a slow portal (or a slow link) holds the agent back instead of filling memory.
 */
export class PageWindow {
  private readonly unacked = new Set<number>();
  private wake: (() => void) | null = null;

  constructor(private readonly options: { size: number }) {}

  get inFlight(): number {
    return this.unacked.size;
  }

  /** Waits for room in the window, then counts `seq` as in flight. Rejects when `signal` aborts. */
  async reserve(options: { seq: number; signal: AbortSignal }): Promise<void> {
    while (this.unacked.size >= this.options.size) {
      options.signal.throwIfAborted();
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => reject(options.signal.reason);
        options.signal.addEventListener("abort", onAbort, { once: true });
        this.wake = () => {
          options.signal.removeEventListener("abort", onAbort);
          resolve();
        };
      });
    }
    options.signal.throwIfAborted();
    this.unacked.add(options.seq);
  }

  ack(seq: number): void {
    if (!this.unacked.delete(seq)) return;
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
