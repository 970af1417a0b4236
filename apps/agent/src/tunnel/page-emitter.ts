import type { PageWindow } from "./page-window.ts";
import type { TSend } from "./send.ts";

/**
 * Sends a stream's pages numbered on from `fromPage`, each waiting for room in the window.
 * `nextSeq()` after the stream is its total page count, resumed pages included.
 */
export function createPageEmitter(options: {
  send: TSend;
  window: PageWindow;
  commandId: string;
  fromPage: number;
  signal: AbortSignal;
}): { emitPage: (data: unknown) => Promise<void>; nextSeq: () => number } {
  let seq = options.fromPage;
  return {
    emitPage: async (data) => {
      await options.window.reserve({ seq, signal: options.signal });
      if (!options.send({ type: "result.page", payload: { commandId: options.commandId, seq, data } })) {
        throw new Error("page not sent: connection closed");
      }
      seq += 1;
    },
    nextSeq: () => seq,
  };
}
