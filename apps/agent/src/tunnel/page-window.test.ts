import { describe, expect, it } from "vitest";
import { PageWindow } from "./page-window.ts";

describe("PageWindow", () => {
  it("never has more than `size` pages unacknowledged while a stream runs", async () => {
    const window = new PageWindow({ size: 3 });
    const sent: number[] = [];
    let mostInFlight = 0;
    // The in-memory "portal" acknowledges each page a little later, out of order at times.
    const send = (seq: number) => {
      sent.push(seq);
      mostInFlight = Math.max(mostInFlight, window.inFlight);
      setTimeout(() => window.ack(seq), seq % 2 === 0 ? 2 : 1);
    };
    const signal = new AbortController().signal;
    for (let seq = 0; seq < 40; seq++) {
      await window.reserve({ seq, signal });
      send(seq);
    }
    expect(sent).toHaveLength(40);
    expect(mostInFlight).toBe(3);
  });

  it("waits while the window is full and goes on after an ack", async () => {
    const window = new PageWindow({ size: 1 });
    const signal = new AbortController().signal;
    await window.reserve({ seq: 0, signal });
    let second = false;
    const pending = window.reserve({ seq: 1, signal }).then(() => (second = true));
    await Promise.resolve();
    expect(second).toBe(false);
    window.ack(7);
    await Promise.resolve();
    expect(second).toBe(false);
    window.ack(0);
    await pending;
    expect(window.inFlight).toBe(1);
  });

  it("rejects a waiting reservation when the stream is aborted", async () => {
    const window = new PageWindow({ size: 1 });
    const controller = new AbortController();
    await window.reserve({ seq: 0, signal: controller.signal });
    const pending = window.reserve({ seq: 1, signal: controller.signal });
    controller.abort("DISCONNECTED");
    await expect(pending).rejects.toBe("DISCONNECTED");
  });
});
