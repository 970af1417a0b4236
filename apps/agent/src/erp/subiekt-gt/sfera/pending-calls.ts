import type { TBridgeError } from "./bridge-messages.ts";

export type TRawOutcome = { ok: true; value: unknown } | { ok: false; error: TBridgeError };

export type TPendingCall = {
  type: string;
  timeoutMs: number;
  /** A hung call means a hung bridge, which is killed; a slow health answer means nothing. */
  hangKills: boolean;
  settle: (outcome: TRawOutcome) => void;
};

/** Calls sent to the bridge and not yet answered, each with the timer that gives up on it. */
export class PendingCalls {
  readonly #calls = new Map<string, TPendingCall & { timer: NodeJS.Timeout }>();
  #next = 0;

  /** Registers a call and returns its id; `onTimeout` gets the id if no answer comes in time. */
  add(call: TPendingCall, onTimeout: (id: string) => void): string {
    const id = `c${++this.#next}`;
    this.#calls.set(id, { ...call, timer: setTimeout(() => onTimeout(id), call.timeoutMs) });
    return id;
  }

  /** The call, no longer pending (its timer stopped); undefined when it was answered or given up. */
  take(id: string): TPendingCall | undefined {
    const call = this.#calls.get(id);
    if (!call) return undefined;
    this.#calls.delete(id);
    clearTimeout(call.timer);
    return call;
  }

  failAll(error: TBridgeError): void {
    for (const id of [...this.#calls.keys()]) this.take(id)?.settle({ ok: false, error });
  }
}
