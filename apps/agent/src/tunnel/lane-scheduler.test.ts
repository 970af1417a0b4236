import { describe, expect, it } from "vitest";
import { LaneScheduler, type TPlacement } from "./lane-scheduler.ts";

const write = (lane: string): TPlacement => ({ kind: "write", lane });
const other: TPlacement = { kind: "other" };
const ids = (started: { item: { commandId: string } }[]) => started.map((entry) => entry.item.commandId);

describe("LaneScheduler", () => {
  it("runs writes of different orders side by side up to the slots, one order's writes in order", () => {
    const scheduler = new LaneScheduler<{ commandId: string }>({ writeSlots: 2 });
    scheduler.add({ commandId: "a1" }, write("a"));
    scheduler.add({ commandId: "a2" }, write("a"));
    scheduler.add({ commandId: "b1" }, write("b"));
    scheduler.add({ commandId: "c1" }, write("c"));
    expect(ids(scheduler.next())).toEqual(["a1", "b1"]);
    expect(ids(scheduler.next())).toEqual([]);
    scheduler.release(write("b"));
    // a2 waits for a1 although a slot is free; c1 takes it.
    expect(ids(scheduler.next())).toEqual(["c1"]);
    scheduler.release(write("a"));
    expect(ids(scheduler.next())).toEqual(["a2"]);
  });

  it("never lets a later write of an order pass an earlier one waiting for a slot", () => {
    const scheduler = new LaneScheduler<{ commandId: string }>({ writeSlots: 1 });
    scheduler.add({ commandId: "b1" }, write("b"));
    expect(ids(scheduler.next())).toEqual(["b1"]);
    scheduler.add({ commandId: "a1" }, write("a"));
    scheduler.add({ commandId: "a2" }, write("a"));
    scheduler.release(write("b"));
    expect(ids(scheduler.next())).toEqual(["a1"]);
  });

  it("runs reads one at a time beside the writes, never behind them", () => {
    const scheduler = new LaneScheduler<{ commandId: string }>({ writeSlots: 1 });
    scheduler.add({ commandId: "w1" }, write("a"));
    scheduler.add({ commandId: "w2" }, write("b"));
    scheduler.add({ commandId: "r1" }, other);
    scheduler.add({ commandId: "r2" }, other);
    expect(ids(scheduler.next())).toEqual(["w1", "r1"]);
    scheduler.release(other);
    expect(ids(scheduler.next())).toEqual(["r2"]);
    expect(scheduler.remove("w2")).toEqual({ commandId: "w2" });
    expect(scheduler.queued).toBe(0);
  });
});
