import type { TBackoffPolicy } from "../../../tunnel/backoff.ts";
import type { TBridgeError, TLookup } from "./bridge-messages.ts";

export type TSupervisorTimings = {
  /** Subiekt's cold start takes up to ~90 s; only past this is a start taken for hung. */
  startTimeoutMs: number;
  /** A call with no answer by then is hung (a modal dialog): the bridge is killed and restarted. */
  callTimeoutMs: number;
  healthTimeoutMs: number;
  /** How long a stopping bridge may take to end its session before it is killed. */
  stopTimeoutMs: number;
  restart: TBackoffPolicy;
};

export const SUPERVISOR_TIMINGS: TSupervisorTimings = {
  startTimeoutMs: 120_000,
  callTimeoutMs: 60_000,
  healthTimeoutMs: 2_000,
  stopTimeoutMs: 10_000,
  restart: { baseMs: 1_000, capMs: 60_000, resetAfterMs: 0 },
};

/** stopped: not started; starting: Subiekt starting; ready; down: failed, restarting after a backoff. */
export type TSferaState = "stopped" | "starting" | "ready" | "down";

export type TSferaHealth = {
  state: TSferaState;
  /** When the state began: how long a cold start has taken so far. */
  since: string;
  operator: string | null;
  subiektVersion: string | null;
  lastSaveAt: string | null;
  /** Calls waiting: in the bridge's queue and, while it starts, in the supervisor. */
  queueLength: number;
  busy: { type: string; forMs: number } | null;
  restarts: number;
  lastError: TBridgeError | null;
};

export type TCallOutcome<V> = { ok: true; value: V } | { ok: false; error: TBridgeError };

/** The agent's answer to the bridge's key check: the document already written under the key, or null. */
export type TFindByKey = (lookup: TLookup) => Promise<{ id: number; number: string } | null>;
