import { storeResultPages, type TPageToStore } from "../commands/store-result-page.ts";
import { errorText, log } from "../../platform/log.ts";
import type { AgentSession } from "./agent-session.ts";

/** Bytes of page bodies one statement takes at most. */
const MAX_STATEMENT_BYTES = 4 * 1024 * 1024;

type TPending = TPageToStore & { commandId: string; refId: string };

/**
 * One connection's checked pages on their way into PostgreSQL. Pages that arrive while a
 * statement runs (the agent keeps up to its window in flight) are stored together by the next
 * one, each acknowledged once stored; a stream's pages are stored in the order they came.
 * A failed statement is logged and its pages stay unacknowledged: the agent resends them on
 * its next connection, as after any loss.
 */
export class PageSink {
  #pending: TPending[] = [];
  #flushing: Promise<void> | null = null;

  constructor(private readonly session: AgentSession) {}

  add(page: TPending): void {
    this.#pending.push(page);
    this.#flushing ??= this.#flush().finally(() => (this.#flushing = null));
  }

  /** Resolves once every page added so far is stored (or failed): an outcome waits for its pages. */
  async drained(): Promise<void> {
    while (this.#flushing) await this.#flushing;
  }

  async #flush(): Promise<void> {
    while (this.#pending.length > 0) {
      const batch = this.#takeBatch();
      const [first] = batch;
      if (!first) return;
      const { commandId } = first;
      try {
        const { known } = await storeResultPages({ agentId: this.session.agentId, commandId, pages: batch });
        for (const page of batch) {
          if (known) this.session.send("page.ack", { commandId, seq: page.seq });
          else this.session.unknownCommand({ commandId, refId: page.refId });
        }
      } catch (error) {
        log("error", "storing result pages failed", { ...this.session.logFields, commandId, error: errorText(error) });
      }
    }
  }

  /** The next pages of the first pending command, in arrival order, up to the statement's size. */
  #takeBatch(): TPending[] {
    const commandId = this.#pending[0]?.commandId;
    const batch: TPending[] = [];
    const rest: TPending[] = [];
    let bytes = 0;
    for (const page of this.#pending) {
      const fits = batch.length === 0 || bytes + page.body.length <= MAX_STATEMENT_BYTES;
      if (page.commandId === commandId && fits && rest.length === 0) {
        batch.push(page);
        bytes += page.body.length;
      } else rest.push(page);
    }
    this.#pending = rest;
    return batch;
  }
}
