import type { z } from "zod";
import { errorMessage, type TLogger } from "../../../log.ts";
import { backoffDelay } from "../../../tunnel/backoff.ts";
import { BRIDGE_CALLS, ZBridgeHealth, type TBridgeCall, type TSessionLogin } from "./bridge-calls.ts";
import {
  encodeBridgeLine,
  parseBridgeLine,
  ZLookupAnswer,
  type TBridgeError,
  type TLookup,
  type TLookupAnswer,
} from "./bridge-messages.ts";
import { BridgeProcess, type TBridgeCommand, type TBridgeExit } from "./bridge-process.ts";
import { PendingCalls, type TRawOutcome } from "./pending-calls.ts";
import {
  SUPERVISOR_TIMINGS,
  type TCallOutcome,
  type TFindByKey,
  type TSferaHealth,
  type TSferaState,
  type TSupervisorTimings,
} from "./supervisor-types.ts";

type TWaiting = (outcome: TRawOutcome | null) => void;
type TSession = { operator: string; subiektVersion: string | null; subiektProcessId: number | null };

/**
 * Starts the Sfera bridge, opens its session and keeps it serving: every call carries a timeout, a
 * call that outlives it is answered retryable and the bridge is killed and started again, a bridge
 * that exits is restarted with backoff. Calls sent while Subiekt starts wait for the session.
 * Never throws for the bridge's sake: every call ends in an outcome, failures saying whether a
 * retry may help (writes are keyed, so a retry never writes twice).
 */
export class SferaSupervisor {
  readonly #options: { bridge: TBridgeCommand; login: TSessionLogin; findByKey: TFindByKey; log: TLogger };
  readonly #timings: TSupervisorTimings;
  #state: TSferaState = "stopped";
  #since = new Date();
  #bridge: BridgeProcess | null = null;
  readonly #pending = new PendingCalls();
  #waiting: TWaiting[] = [];
  #session: TSession | null = null;
  #lastError: TBridgeError | null = null;
  #lastSaveAt: string | null = null;
  #restarts = 0;
  #failures = 0;
  #restartTimer: NodeJS.Timeout | undefined;

  constructor(options: {
    bridge: TBridgeCommand;
    login: TSessionLogin;
    findByKey: TFindByKey;
    log: TLogger;
    timings?: Partial<TSupervisorTimings>;
  }) {
    const { timings, ...rest } = options;
    this.#options = rest;
    this.#timings = { ...SUPERVISOR_TIMINGS, ...timings };
  }

  start(): void {
    if (this.#state === "stopped") this.#spawn();
  }

  /**
   * Resolves once the session is open, or with the reason the next start failed: unlike a call,
   * it waits through a restart's backoff.
   */
  async ready(): Promise<{ ok: true } | { ok: false; error: TBridgeError }> {
    if (this.#state === "ready") return { ok: true };
    if (this.#state === "stopped") return { ok: false, error: this.#unavailable() };
    const outcome = await new Promise<TRawOutcome | null>((resolve) => this.#waiting.push(resolve));
    if (!outcome) return { ok: false, error: this.#unavailable() };
    return outcome.ok ? { ok: true } : { ok: false, error: outcome.error };
  }

  /** Sends a call from BRIDGE_CALLS, e.g. `call(BRIDGE_CALLS["order.create"], { key, ... })`. */
  async call<P extends z.ZodType, R extends z.ZodType>(
    call: TBridgeCall<P, R>,
    payload: z.input<P>,
    options: { timeoutMs?: number } = {},
  ): Promise<TCallOutcome<z.output<R>>> {
    const body: unknown = call.payload.parse(payload);
    const timeoutMs = options.timeoutMs ?? this.#timings.callTimeoutMs;
    const outcome = await this.#whenReady(() =>
      this.#send({ type: call.type, payload: body, timeoutMs, hangKills: true }),
    );
    if (!outcome.ok) return outcome;
    const result = call.result.safeParse(outcome.value);
    if (result.success) return { ok: true, value: result.data };
    const issue = result.error.issues[0];
    const message = `${call.type} answered ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`;
    return { ok: false, error: { code: "BRIDGE_PROTOCOL", message, retryable: true } };
  }

  async health(): Promise<TSferaHealth> {
    const asked =
      this.#bridge && this.#state !== "stopped"
        ? await this.#send({ type: "health", payload: {}, timeoutMs: this.#timings.healthTimeoutMs, hangKills: false })
        : null;
    const parsed = asked?.ok ? ZBridgeHealth.safeParse(asked.value) : null;
    const bridge = parsed?.success ? parsed.data : null;
    if (bridge?.lastSaveAt && (this.#lastSaveAt === null || bridge.lastSaveAt > this.#lastSaveAt)) {
      this.#lastSaveAt = bridge.lastSaveAt;
    }
    return {
      state: this.#state,
      since: this.#since.toISOString(),
      operator: bridge?.operator ?? this.#session?.operator ?? null,
      subiektVersion: bridge?.subiektVersion ?? this.#session?.subiektVersion ?? null,
      lastSaveAt: this.#lastSaveAt,
      queueLength: (bridge?.queueLength ?? 0) + this.#waiting.length,
      busy: bridge?.busy ?? null,
      restarts: this.#restarts,
      lastError: this.#lastError,
    };
  }

  /** Lets the bridge finish its queue and end the Sfera session; kills it if it takes too long. */
  async stop(): Promise<void> {
    this.#setState("stopped");
    clearTimeout(this.#restartTimer);
    this.#releaseWaiting(null);
    const bridge = this.#bridge;
    if (!bridge) return;
    bridge.endInput();
    const kill = setTimeout(() => bridge.kill({ subiektProcessId: null }), this.#timings.stopTimeoutMs);
    await bridge.exited;
    clearTimeout(kill);
  }

  #spawn(): void {
    this.#setState("starting");
    const startedAt = Date.now();
    const bridge: BridgeProcess = new BridgeProcess({
      bridge: this.#options.bridge,
      onLine: (line) => this.#onLine(bridge, line),
      onLog: (line) => this.#options.log.info("sfera bridge log", { line }),
      onExit: (exit) => this.#onExit(bridge, exit),
    });
    this.#bridge = bridge;
    const login = { type: "session.open", payload: this.#options.login, timeoutMs: this.#timings.startTimeoutMs };
    void this.#send({ ...login, hangKills: true }).then((outcome) => {
      if (bridge !== this.#bridge || this.#state !== "starting") return;
      const opened = outcome.ok ? BRIDGE_CALLS["session.open"].result.safeParse(outcome.value) : null;
      if (!outcome.ok || !opened?.success) {
        const error = outcome.ok
          ? { code: "BRIDGE_PROTOCOL" as const, message: "session.open answered nonsense", retryable: true }
          : outcome.error;
        this.#options.log.warn("sfera session not opened", { code: error.code, message: error.message });
        this.#fail(bridge, error);
        return;
      }
      this.#session = opened.data;
      this.#failures = 0;
      this.#lastError = null;
      this.#setState("ready");
      this.#options.log.info("sfera session open", { ...opened.data, startMs: Date.now() - startedAt });
      this.#releaseWaiting({ ok: true, value: null });
    });
  }

  #send(options: { type: string; payload: unknown; timeoutMs: number; hangKills: boolean }): Promise<TRawOutcome> {
    const bridge = this.#bridge;
    if (!bridge) return Promise.resolve({ ok: false, error: this.#unavailable() });
    return new Promise((settle) => {
      const { type, timeoutMs, hangKills } = options;
      const id = this.#pending.add({ type, timeoutMs, hangKills, settle }, (late) => this.#timedOut(bridge, late));
      bridge.send(encodeBridgeLine({ id, type: options.type, timeoutMs: options.timeoutMs, payload: options.payload }));
    });
  }

  /** Runs `send` once the session is open; while Subiekt starts the call waits, otherwise it fails at once. */
  #whenReady(send: () => Promise<TRawOutcome>): Promise<TRawOutcome> {
    if (this.#state === "ready") return send();
    if (this.#state !== "starting") return Promise.resolve({ ok: false, error: this.#unavailable() });
    return new Promise((resolve) => {
      this.#waiting.push((opened) => {
        if (opened?.ok) void send().then(resolve);
        else resolve(opened ?? { ok: false, error: this.#unavailable() });
      });
    });
  }

  #releaseWaiting(outcome: TRawOutcome | null): void {
    for (const waiting of this.#waiting.splice(0)) waiting(outcome);
  }

  #onLine(bridge: BridgeProcess, line: string): void {
    if (bridge !== this.#bridge) return;
    const message = parseBridgeLine(line);
    if (message.type === "lookup") {
      void this.#answerLookup(bridge, message.id, message.payload);
      return;
    }
    const pending = message.id === null ? undefined : this.#pending.take(message.id);
    if (message.type === "invalid") {
      const error = {
        code: "BRIDGE_PROTOCOL" as const,
        message: `the bridge answered: ${message.problem}`,
        retryable: true,
      };
      if (pending) pending.settle({ ok: false, error });
      else
        this.#options.log.warn("sfera bridge wrote an unreadable line", {
          problem: message.problem,
          line: line.slice(0, 300),
        });
      return;
    }
    if (!pending) {
      this.#options.log.warn("sfera bridge answered a call no longer waiting", { id: message.id });
      return;
    }
    pending.settle(message.payload.ok ? { ok: true, value: message.payload.value } : message.payload);
  }

  /** Fail-closed on the bridge's side: a look-up that throws answers ok: false, and nothing is saved. */
  async #answerLookup(bridge: BridgeProcess, id: string, lookup: TLookup): Promise<void> {
    let answer: TLookupAnswer;
    try {
      answer = { ok: true, document: await this.#options.findByKey(lookup) };
    } catch (error) {
      this.#options.log.warn("sfera key check failed", { key: lookup.key, error: errorMessage(error) });
      answer = { ok: false, message: errorMessage(error) };
    }
    bridge.send(encodeBridgeLine({ id, type: "lookup.result", payload: ZLookupAnswer.parse(answer) }));
  }

  #timedOut(bridge: BridgeProcess, id: string): void {
    const pending = this.#pending.take(id);
    if (!pending) return;
    if (!pending.hangKills) {
      const message = `no answer to ${pending.type} within ${pending.timeoutMs} ms`;
      pending.settle({ ok: false, error: { code: "BRIDGE_TIMEOUT", message, retryable: true } });
      return;
    }
    const message = `${pending.type} got no answer within ${pending.timeoutMs} ms (a dialog open in Subiekt?); the bridge was killed and is restarting`;
    const error = { code: "BRIDGE_TIMEOUT" as const, message, retryable: true };
    this.#options.log.warn("sfera call timed out", { type: pending.type, timeoutMs: pending.timeoutMs });
    pending.settle({ ok: false, error });
    this.#fail(bridge, error);
  }

  #onExit(bridge: BridgeProcess, exit: TBridgeExit): void {
    if (bridge !== this.#bridge) return;
    const how = exit.error ? `could not start: ${exit.error}` : `exited (code ${exit.code}, signal ${exit.signal})`;
    const error = { code: "BRIDGE_EXITED" as const, message: `the Sfera bridge ${how}`, retryable: true };
    if (this.#state === "stopped") {
      this.#bridge = null;
      this.#pending.failAll({ ...error, code: "BRIDGE_UNAVAILABLE" });
      return;
    }
    this.#options.log.warn("sfera bridge exited", { ...exit });
    this.#fail(bridge, error);
  }

  /** Kills the bridge (if still running), fails what it held, and schedules the next start. */
  #fail(bridge: BridgeProcess, error: TBridgeError): void {
    if (bridge !== this.#bridge) return;
    this.#bridge = null;
    bridge.kill({ subiektProcessId: this.#session?.subiektProcessId ?? null });
    this.#session = null;
    this.#lastError = error;
    this.#pending.failAll({
      code: "BRIDGE_EXITED",
      message: `the bridge stopped before answering: ${error.message}`,
      retryable: true,
    });
    this.#setState("down");
    this.#releaseWaiting({ ok: false, error: { ...error, retryable: true } });
    const delay = backoffDelay({ attempt: this.#failures++, policy: this.#timings.restart });
    this.#restartTimer = setTimeout(() => {
      this.#restarts++;
      this.#spawn();
    }, delay);
  }

  #unavailable(): TBridgeError {
    if (this.#state === "stopped")
      return { code: "BRIDGE_UNAVAILABLE", message: "the Sfera bridge is not running", retryable: true };
    const why = this.#lastError;
    return why
      ? { code: why.code, message: `Sfera is not available: ${why.message}`, retryable: true }
      : { code: "BRIDGE_UNAVAILABLE", message: "the Sfera bridge is restarting", retryable: true };
  }

  #setState(state: TSferaState): void {
    this.#state = state;
    this.#since = new Date();
  }
}
