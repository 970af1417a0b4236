import {
  AGENT_MESSAGES,
  dispatchMessage,
  encodeMessage,
  PORTAL_MESSAGES,
  PROTOCOL_VERSION,
  type TAgentMessageType,
} from "@erp-bridge/shared";
import WebSocket from "ws";
import type { z } from "zod";
import { frameText } from "../../apps/agent/src/tunnel/open-socket.ts";

/**
 * A minimal protocol-true agent for load: hello, then answers diagnostics.echo at once.
 * Thousands fit in one process, which the real agent program (one per server) does not.
 */
export class SimulatedAgent {
  private ws: WebSocket | undefined;
  private closed = false;
  commandsAnswered = 0;
  /** Welcomed by a hub and not disconnected since. */
  connected = false;
  /** When the last connection was lost (performance.now()), for reconnection times. */
  lostAt: number | undefined;
  reconnectedAfterMs: number | undefined;

  constructor(
    private readonly options: {
      hubUrl: string;
      credential: string;
      reconnect?: boolean;
      /** Told when a command arrives (performance.now()), for where a round trip's time goes. */
      onCommand?: (commandId: string, at: number) => void;
    },
  ) {}

  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.options.hubUrl, {
        headers: { authorization: `Bearer ${this.options.credential}` },
      });
      this.ws = ws;
      ws.once("error", reject);
      ws.once("close", (code) => {
        // Closed before its welcome (a hello the hub did not read in time, on a saturated machine):
        // this attempt failed, it must not wait forever.
        if (!this.connected) reject(new Error(`connection closed (${code}) before the welcome`));
        this.lost(ws);
      });
      ws.once("open", () =>
        this.send("hello", {
          protocol: PROTOCOL_VERSION,
          agentVersion: "bench",
          hostname: "bench",
          platform: "linux",
          commands: ["diagnostics.echo"],
          erp: { configured: false, reachable: false, message: "bench", checkedAt: new Date().toISOString() },
        }),
      );
      ws.on("message", (data) => {
        const outcome = dispatchMessage({
          catalog: PORTAL_MESSAGES,
          raw: frameText(data),
          handlers: {
            welcome: () => {
              this.connected = true;
              if (this.lostAt !== undefined) this.reconnectedAfterMs = performance.now() - this.lostAt;
              resolve();
            },
            command: (command) => {
              this.options.onCommand?.(command.commandId, performance.now());
              this.commandsAnswered += 1;
              const result = { text: "pong", agentTime: new Date().toISOString() };
              this.send("command.result", {
                commandId: command.commandId,
                outcome: { ok: true, result },
                pages: 0,
                replayed: false,
              });
            },
            "command.cancel": () => {},
            "page.ack": () => {},
            "result.ack": () => {},
            error: (error) => reject(new Error(error.message)),
          },
        });
        if (!outcome.ok) reject(new Error(outcome.error.message));
      });
    });
  }

  private send<T extends TAgentMessageType>(type: T, payload: z.input<(typeof AGENT_MESSAGES)[T]>) {
    this.ws?.send(encodeMessage({ catalog: AGENT_MESSAGES, type, payload }));
  }

  /** As the real agent does: a lost connection is opened again after a jittered pause. */
  private lost(ws: WebSocket) {
    if (ws !== this.ws || this.closed) return;
    if (this.connected) this.lostAt = performance.now();
    this.connected = false;
    if (!this.options.reconnect) return;
    // A refused attempt closes its socket too, which brings us back here for the next one.
    setTimeout(() => void this.connect().catch(() => {}), 200 + Math.random() * 800);
  }

  close(): void {
    this.closed = true;
    this.ws?.terminate();
  }
}
