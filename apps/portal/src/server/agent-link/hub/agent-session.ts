import { randomUUID } from "node:crypto";
import { encodeMessage } from "@erp-bridge/shared";
import { WebSocket } from "ws";
import type { z } from "zod";
import { errorText, log } from "../../platform/log.ts";
import { HUB_OUTBOUND, type THubOutboundType } from "./catalogs.ts";
import { PageSink } from "./page-sink.ts";

export type TSessionIdentity = { agentId: string; companyId: string; credentialHash: string };

/** One agent connection on this process: its socket, its state, and what was sent on it. */
export class AgentSession {
  readonly connectionId = randomUUID();
  readonly agentId: string;
  readonly companyId: string;
  /** The credential the upgrade authenticated with; a rotation or revocation makes it stale. */
  readonly credentialHash: string;
  readonly ws: WebSocket;
  /** Commands sent on this connection and not yet finished (id → name): never sent twice on one connection. */
  readonly sent = new Map<string, string>();
  state: "handshake" | "open" | "closed" = "handshake";
  /** Set when the portal is stopping: what was sent may finish, nothing new is sent. */
  draining = false;
  badMessages = 0;
  /** Result pages checked and on their way into the database, stored in batches. */
  readonly pages: PageSink = new PageSink(this);
  readonly timers: NodeJS.Timeout[] = [];
  #queue: Promise<void> = Promise.resolve();

  constructor(options: TSessionIdentity & { ws: WebSocket }) {
    this.agentId = options.agentId;
    this.companyId = options.companyId;
    this.credentialHash = options.credentialHash;
    this.ws = options.ws;
  }

  get logFields(): Record<string, string> {
    return { agentId: this.agentId, connectionId: this.connectionId };
  }

  /** Sends one validated message; a closed socket drops it (the outbox redelivers what matters). */
  send<T extends THubOutboundType>(type: T, payload: z.input<(typeof HUB_OUTBOUND)[T]>): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    this.ws.send(encodeMessage({ catalog: HUB_OUTBOUND, type, payload }));
  }

  /** Tells the agent the command is not its own (or does not exist). */
  unknownCommand(options: { commandId: string; refId: string }): void {
    const { commandId, refId } = options;
    this.send("error", { code: "UNKNOWN_COMMAND", message: `no command ${commandId} for this agent`, refId });
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === WebSocket.CLOSING || this.ws.readyState === WebSocket.CLOSED) return;
    log("info", "closing agent connection", { ...this.logFields, code, reason });
    this.ws.close(code, reason);
  }

  /** Runs tasks one at a time in arrival order (started before result, pages in order); a failure is logged, never thrown. */
  run(what: string, task: () => Promise<void>): void {
    this.#queue = this.#queue.then(task).catch((error: unknown) => {
      log("error", `${what} failed`, { ...this.logFields, error: errorText(error) });
    });
  }
}
