import type { TAgentMessage, TCommandOutcome, TPortalMessage } from "@erp-bridge/shared";
import { COMMAND_HANDLERS } from "../commands/registry.ts";
import type { ErpConnections } from "../erp/erp-connections.ts";
import { decideReplay } from "../journal/decide-replay.ts";
import type { Journal } from "../journal/journal.ts";
import { errorMessage, type TLogger } from "../log.ts";
import { executeCommand, failure } from "./execute-command.ts";
import { LaneScheduler } from "./lane-scheduler.ts";
import { createPageEmitter } from "./page-emitter.ts";
import { PageWindow } from "./page-window.ts";
import type { TSend } from "./send.ts";

const MAX_TIMER_MS = 2 ** 31 - 1;

/** The live connection, as the runner needs it; `closed` aborts when it drops. */
export type TLink = { send: TSend; pageWindow: number; closed: AbortSignal };

type TCommand = TPortalMessage<"command">;
type TRunning = { command: TCommand; controller: AbortController; window: PageWindow | null; streamed: boolean };

/**
 * ERP writes of different orders run side by side, at most this many: each is one ERP transaction
 * idempotent by its key, stock rows are locked in one order and deadlocks retried (the SQL writer),
 * so more would only queue on the ERP's document lock while holding connections.
 */
export const WRITE_SLOTS = 4;

/**
 * Runs commands and outlives connections: a plain command finishes while the tunnel is down and
 * its result waits, unacknowledged, for the next one. Where each runs is the LaneScheduler's: writes
 * of one order one at a time in arrival order, writes of different orders side by side, everything
 * else one at a time beside them. Exactly-once holds per key, whatever runs beside it: the journal
 * is consulted when a command starts and written (fsync'd) before its result leaves, and a
 * redelivery of a key waits in its lane until the first run has journaled.
 */
export class CommandRunner {
  private link: TLink | null = null;
  private readonly scheduler: LaneScheduler<TCommand>;
  /** Queued or running: a redelivery of one of these is dropped, its result will follow. */
  private readonly active = new Set<string>();
  private readonly unacked = new Map<string, TAgentMessage<"command.result">>();
  private readonly running = new Map<string, TRunning>();
  private readonly inFlight = new Set<Promise<void>>();
  /** When each queued or running command was submitted and started (performance.now()), for its finish log. */
  private readonly times = new Map<string, { submitted: number; started: number | null }>();
  private accepting = true;

  constructor(
    private readonly options: { journal: Journal; connections: ErpConnections; log: TLogger; writeSlots?: number },
  ) {
    this.scheduler = new LaneScheduler({ writeSlots: options.writeSlots ?? WRITE_SLOTS });
  }

  get runningCommands(): number {
    return this.running.size;
  }

  attach(link: TLink): void {
    this.link = link;
    for (const payload of this.unacked.values()) link.send({ type: "command.result", payload });
  }

  /** The portal redelivers whatever had no result, so queued work and running streams are dropped. */
  detach(): void {
    this.link = null;
    for (const command of this.scheduler.clear()) this.forget(command.commandId);
    for (const running of this.running.values()) if (running.streamed) this.active.delete(running.command.commandId);
  }

  submit(command: TCommand): void {
    const unacked = this.unacked.get(command.commandId);
    if (!this.accepting || this.active.has(command.commandId) || unacked) {
      if (unacked) this.link?.send({ type: "command.result", payload: unacked });
      this.options.log.debug("command not queued", { commandId: command.commandId, accepting: this.accepting });
      return;
    }
    this.active.add(command.commandId);
    this.times.set(command.commandId, { submitted: performance.now(), started: null });
    this.scheduler.add(command, COMMAND_HANDLERS[command.name].placement(command.input));
    this.startWhatMay();
  }

  cancel(options: TPortalMessage<"command.cancel">): void {
    const running = this.running.get(options.commandId);
    if (running) return running.controller.abort(options.reason);
    const command = this.scheduler.remove(options.commandId);
    if (!command) return;
    const message = options.reason === "TIMEOUT" ? "timed out before it started" : "cancelled by the portal";
    void this.finish({ command, outcome: failure({ code: options.reason, message }), pages: 0, replayed: false });
  }

  pageAck(options: TPortalMessage<"page.ack">): void {
    this.running.get(options.commandId)?.window?.ack(options.seq);
  }

  resultAck(options: TPortalMessage<"result.ack">): void {
    this.unacked.delete(options.commandId);
  }

  /** Stops taking commands; running ones get `graceMs` to finish, then are abandoned to redelivery. */
  async stop(options: { graceMs: number }): Promise<void> {
    this.accepting = false;
    for (const command of this.scheduler.clear()) this.forget(command.commandId);
    const timer = setTimeout(() => {
      for (const running of this.running.values()) running.controller.abort("SHUTDOWN");
    }, options.graceMs);
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
    clearTimeout(timer);
  }

  /** Dropped without a result: its redelivery starts afresh. */
  private forget(commandId: string): void {
    this.active.delete(commandId);
    this.times.delete(commandId);
  }

  private startWhatMay(): void {
    for (const { item: command, placement } of this.scheduler.next()) {
      const done = this.process(command)
        .catch((error: unknown) => {
          this.running.delete(command.commandId);
          this.forget(command.commandId);
          this.options.log.error("command crashed", { commandId: command.commandId, error: errorMessage(error) });
        })
        .finally(() => {
          this.inFlight.delete(done);
          this.scheduler.release(placement);
          this.startWhatMay();
        });
      this.inFlight.add(done);
    }
  }

  private async process(command: TCommand): Promise<void> {
    const times = this.times.get(command.commandId);
    if (times) times.started = performance.now();
    const definition = COMMAND_HANDLERS[command.name];
    const entry = this.options.journal.get(command.key);
    const replay = decideReplay({ entry, streamed: definition.streamed, resumeFromPage: command.resumeFromPage });
    if (entry && replay === "replay") {
      return this.finish({ command, outcome: entry.outcome, pages: entry.pages, replayed: true });
    }
    // The command's `connection` picks the connector (none: "default"); an unknown one, or a write
    // to a read-only ERP, is answered at once, naming the connection.
    const routed = this.options.connections.route({ connection: command.connection, command: command.name });
    if (!routed.ok) {
      const outcome = failure({ code: routed.code, message: routed.message });
      return this.finish({ command, outcome, pages: 0, replayed: false });
    }
    const prepared = definition.prepare(command.input);
    if (!prepared.ok) {
      const outcome = failure({ code: "INVALID_PAYLOAD", message: prepared.message });
      return this.finish({ command, outcome, pages: 0, replayed: false });
    }
    const link = this.link;
    if (!link) return this.forget(command.commandId);
    const controller = new AbortController();
    // Past 2^31-1 ms setTimeout fires at once; no command legitimately waits 24 days.
    const timer = setTimeout(() => controller.abort("TIMEOUT"), Math.min(command.timeoutMs, MAX_TIMER_MS));
    const window = definition.streamed ? new PageWindow({ size: link.pageWindow }) : null;
    // A stream dies with its connection (the portal resumes it from its stored pages); a
    // plain command runs on and reports on the next connection.
    const signal = window ? AbortSignal.any([controller.signal, link.closed]) : controller.signal;
    this.running.set(command.commandId, { command, controller, window, streamed: definition.streamed });
    link.send({ type: "command.started", payload: { commandId: command.commandId } });
    const { commandId, resumeFromPage } = command;
    const pager = window && createPageEmitter({ send: link.send, window, commandId, fromPage: resumeFromPage, signal });
    const emitPage = pager ? pager.emitPage : rejectPage;
    const context = { signal, resumeFromPage, erp: routed.erp, emitPage };
    const execution = await executeCommand({ run: prepared.run, context, timeoutMs: command.timeoutMs });
    clearTimeout(timer);
    this.running.delete(command.commandId);
    if (execution.kind === "abandoned") {
      this.forget(command.commandId);
      this.options.log.info("command abandoned", { commandId: command.commandId, reason: execution.reason });
      return;
    }
    return this.finish({ command, outcome: execution.outcome, pages: pager ? pager.nextSeq() : 0, replayed: false });
  }

  /**
   * Journals a success (fsync'd) before sending it. Failures are not journaled: nothing was
   * done, so a retry under the same key must run again rather than replay the failure.
   */
  private async finish(options: { command: TCommand; outcome: TCommandOutcome; pages: number; replayed: boolean }) {
    const { command, outcome, pages, replayed } = options;
    if (outcome.ok && !replayed) {
      const entry = { key: command.key, commandId: command.commandId, outcome, pages };
      await this.options.journal.record({ ...entry, finishedAt: new Date().toISOString() }).catch((error: unknown) => {
        this.options.log.error("journal write failed", { key: command.key, error: errorMessage(error) });
      });
    }
    const payload = { commandId: command.commandId, outcome, pages, replayed };
    this.unacked.set(command.commandId, payload);
    this.active.delete(command.commandId);
    this.link?.send({ type: "command.result", payload });
    const code = outcome.ok ? undefined : outcome.error.code;
    const { commandId, key, name } = command;
    // `beside`: commands still running as this one ends, i.e. how many ran side by side with it.
    const beside = this.running.size;
    // `waitedMs`: from its arrival until it started (its lane or a slot was busy); `ms`: its run.
    const times = this.times.get(commandId);
    this.times.delete(commandId);
    const now = performance.now();
    const started = times?.started ?? now;
    const waitedMs = times ? Math.round(started - times.submitted) : undefined;
    const ms = Math.round(now - started);
    this.options.log.info("command finished", {
      commandId,
      key,
      name,
      replayed,
      ok: outcome.ok,
      code,
      pages,
      beside,
      waitedMs,
      ms,
    });
  }
}

/** Plain commands have no pages to send; define-command never calls this for them. */
async function rejectPage(): Promise<void> {
  throw new Error("a plain command cannot send pages");
}
