/**
 * Where a command runs. ERP writes carry the key of the document they belong to (an order's ZK key)
 * as their lane: writes of one lane run one at a time in arrival order, writes of different lanes
 * side by side up to `writeSlots`. Everything else (reads, streams, diagnostics) runs one at a time
 * in arrival order on a slot of its own, so a read never waits behind a save.
 */
export type TPlacement = { kind: "write"; lane: string } | { kind: "other" };

export type TSchedulerLimits = { writeSlots: number };

/**
 * Commands waiting and running, and which may start next. Pure bookkeeping, no I/O: the runner
 * calls `next` after each submit and each finish and starts what it returns.
 */
export class LaneScheduler<T extends { commandId: string }> {
  private readonly waiting: { item: T; placement: TPlacement }[] = [];
  private readonly busyLanes = new Set<string>();
  private writesRunning = 0;
  private otherRunning = false;

  constructor(private readonly limits: TSchedulerLimits) {}

  get queued(): number {
    return this.waiting.length;
  }

  add(item: T, placement: TPlacement): void {
    this.waiting.push({ item, placement });
  }

  /** Takes a waiting command out (a cancel before it started); undefined when it is not waiting. */
  remove(commandId: string): T | undefined {
    const index = this.waiting.findIndex((entry) => entry.item.commandId === commandId);
    if (index === -1) return undefined;
    return this.waiting.splice(index, 1)[0]?.item;
  }

  /** Drops every waiting command and returns them. */
  clear(): T[] {
    return this.waiting.splice(0).map((entry) => entry.item);
  }

  /**
   * The commands that may start now, marked running, in arrival order. A write whose lane is busy,
   * or that waits for a slot, holds back the later writes of its lane, so a lane never reorders.
   */
  next(): { item: T; placement: TPlacement }[] {
    const started: { item: T; placement: TPlacement }[] = [];
    const heldLanes = new Set<string>();
    for (let index = 0; index < this.waiting.length;) {
      const entry = this.waiting[index];
      if (!entry) break;
      if (this.mayStart(entry.placement, heldLanes)) {
        this.waiting.splice(index, 1);
        this.markRunning(entry.placement);
        started.push(entry);
        continue;
      }
      if (entry.placement.kind === "write") heldLanes.add(entry.placement.lane);
      index += 1;
    }
    return started;
  }

  /** A started command finished (or was abandoned): its lane and slot are free again. */
  release(placement: TPlacement): void {
    if (placement.kind === "other") {
      this.otherRunning = false;
      return;
    }
    this.busyLanes.delete(placement.lane);
    this.writesRunning -= 1;
  }

  private mayStart(placement: TPlacement, heldLanes: ReadonlySet<string>): boolean {
    if (placement.kind === "other") return !this.otherRunning;
    if (heldLanes.has(placement.lane) || this.busyLanes.has(placement.lane)) return false;
    return this.writesRunning < this.limits.writeSlots;
  }

  private markRunning(placement: TPlacement): void {
    if (placement.kind === "other") {
      this.otherRunning = true;
      return;
    }
    this.busyLanes.add(placement.lane);
    this.writesRunning += 1;
  }
}
