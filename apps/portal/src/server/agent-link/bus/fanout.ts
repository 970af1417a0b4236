import { EventEmitter } from "node:events";
import { errorText, log } from "../../platform/log.ts";
import { isBusChannel, parseBusEvent, type TBusChannel, type TBusEvent } from "../bus-channels.ts";

/** Hands validated events to this bus's subscribers; one failing subscriber never stops the others. */
export class Fanout {
  readonly #emitter = new EventEmitter();

  constructor() {
    // The SSE route subscribes once per open browser tab.
    this.#emitter.setMaxListeners(0);
  }

  subscribe<C extends TBusChannel>(channel: C, fn: (event: TBusEvent<C>) => void): () => void {
    const safe = (event: TBusEvent<C>) => {
      try {
        fn(event);
      } catch (error) {
        log("error", "bus subscriber failed", { channel, error: errorText(error) });
      }
    };
    this.#emitter.on(channel, safe);
    return () => void this.#emitter.off(channel, safe);
  }

  /** Raw input from PostgreSQL or the local emitter: checked against the channel's schema first. */
  deliver(channel: string, value: unknown): void {
    if (!isBusChannel(channel)) return;
    const event = parseBusEvent(channel, value);
    if (event === null) return log("warn", "bus event dropped: malformed", { channel });
    this.#emitter.emit(channel, event);
  }

  clear(): void {
    this.#emitter.removeAllListeners();
  }
}
