import type { TAgentMessage, TCommandOutcome, TPortalMessage } from "@erp-bridge/shared";
import { COMMAND_HANDLERS } from "../commands/registry.ts";
import type { TErpConnector } from "../erp/erp-connector.ts";
import { decideReplay } from "../journal/decide-replay.ts";
import type { Journal } from "../journal/journal.ts";
import { errorMessage, type TLogger } from "../log.ts";
import { executeCommand, failure } from "./execute-command.ts";
import { createPageEmitter } from "./page-emitter.ts";
import { PageWindow } from "./page-window.ts";
import type { TSend } from "./send.ts";

const MAX_TIMER_MS = 2 ** 31 - 1;

/** The live connection, as the runner needs it; `closed` aborts when it drops. */
export type TLink = { send: TSend; pageWindow: number; closed: AbortSignal };

type TCommand = TPortalMessage<"command">;
type TRunning = { command: TCommand; controller: AbortController; window: PageWindow | null; streamed: boolean };

/**
 * Runs commands one at a time in arrival order and outlives connections: a plain command
 * finishes while the tunnel is down and its result waits, unacknowledged, for the next one.
 */
export class CommandRunner {
  private link: TLink | null = null;
  private readonly queue: TCommand[] = [];
  /** Queued or running: a redelivery of one of these is dropped, its result will follow. */
  private readonly active = new Set<string>();
  private readonly unacked = new Map<string, TAgentMessage<"command.result">>();
  private running: TRunning | null = null;
  private drained: Promise<void> = Promise.resolve();
  private draining = false;
  private accepting = true;

  constructor(private readonly options: { journal: Journal; erp: TErpConnector; log: TLogger }) {}

  get runningCommands(): number {
    return this.running ? 1 : 0;
  }

  attach(link: TLink): void {
    this.link = link;
    for (const payload of this.unacked.values()) link.send({ type: "command.result", payload });
  }

  /** The portal redelivers whatever had no result, so queued work and a running stream are dropped. */
  detach(): void {
    this.link = null;
    for (const command of this.queue.splice(0)) this.active.delete(command.commandId);
    if (this.running?.streamed) this.active.delete(this.running.command.commandId);
  }

  submit(command: TCommand): void {
    const unacked = this.unacked.get(command.commandId);
    if (!this.accepting || this.active.has(command.commandId) || unacked) {
      if (unacked) this.link?.send({ type: "command.result", payload: unacked });
      this.options.log.debug("command not queued", { commandId: command.commandId, accepting: this.accepting });
      return;
    }
    this.active.add(command.commandId);
    this.queue.push(command);
    if (!this.draining) this.drained = this.drain();
  }

  cancel(options: TPortalMessage<"command.cancel">): void {
    if (this.running?.command.commandId === options.commandId) return this.running.controller.abort(options.reason);
    const index = this.queue.findIndex((command) => command.commandId === options.commandId);
    const [command] = index === -1 ? [] : this.queue.splice(index, 1);
    if (!command) return;
    const message = options.reason === "TIMEOUT" ? "timed out before it started" : "cancelled by the portal";
    void this.finish({ command, outcome: failure({ code: options.reason, message }), pages: 0, replayed: false });
  }

  pageAck(options: TPortalMessage<"page.ack">): void {
    if (this.running?.command.commandId === options.commandId) this.running.window?.ack(options.seq);
  }

  resultAck(options: TPortalMessage<"result.ack">): void {
    this.unacked.delete(options.commandId);
  }

  /** Stops taking commands; the running one gets `graceMs` to finish, then is abandoned to redelivery. */
  async stop(options: { graceMs: number }): Promise<void> {
    this.accepting = false;
    for (const command of this.queue.splice(0)) this.active.delete(command.commandId);
    const timer = setTimeout(() => this.running?.controller.abort("SHUTDOWN"), options.graceMs);
    await this.drained;
    clearTimeout(timer);
  }

  private async drain(): Promise<void> {
    this.draining = true;
    for (let command = this.queue.shift(); command; command = this.queue.shift()) {
      await this.process(command).catch((error: unknown) => {
        this.running = null;
        this.active.delete(command.commandId);
        this.options.log.error("command crashed", { commandId: command.commandId, error: errorMessage(error) });
      });
    }
    this.draining = false;
  }

  private async process(command: TCommand): Promise<void> {
    const definition = COMMAND_HANDLERS[command.name];
    const entry = this.options.journal.get(command.key);
    const replay = decideReplay({ entry, streamed: definition.streamed, resumeFromPage: command.resumeFromPage });
    if (entry && replay === "replay") {
      return this.finish({ command, outcome: entry.outcome, pages: entry.pages, replayed: true });
    }
    const prepared = definition.prepare(command.input);
    if (!prepared.ok) {
      const outcome = failure({ code: "INVALID_PAYLOAD", message: prepared.message });
      return this.finish({ command, outcome, pages: 0, replayed: false });
    }
    const link = this.link;
    if (!link) return void this.active.delete(command.commandId);
    const controller = new AbortController();
    // Past 2^31-1 ms setTimeout fires at once; no command legitimately waits 24 days.
    const timer = setTimeout(() => controller.abort("TIMEOUT"), Math.min(command.timeoutMs, MAX_TIMER_MS));
    const window = definition.streamed ? new PageWindow({ size: link.pageWindow }) : null;
    // A stream dies with its connection (the portal resumes it from its stored pages); a
    // plain command runs on and reports on the next connection.
    const signal = window ? AbortSignal.any([controller.signal, link.closed]) : controller.signal;
    this.running = { command, controller, window, streamed: definition.streamed };
    link.send({ type: "command.started", payload: { commandId: command.commandId } });
    const { commandId, resumeFromPage } = command;
    const pager = window && createPageEmitter({ send: link.send, window, commandId, fromPage: resumeFromPage, signal });
    const emitPage = pager ? pager.emitPage : rejectPage;
    const context = { signal, resumeFromPage, erp: this.options.erp, emitPage };
    const execution = await executeCommand({ run: prepared.run, context, timeoutMs: command.timeoutMs });
    clearTimeout(timer);
    this.running = null;
    if (execution.kind === "abandoned") {
      this.active.delete(command.commandId);
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
    this.options.log.info("command finished", { commandId, key, name, replayed, ok: outcome.ok, code, pages });
  }
}

/** Plain commands have no pages to send; define-command never calls this for them. */
async function rejectPage(): Promise<void> {
  throw new Error("a plain command cannot send pages");
}
