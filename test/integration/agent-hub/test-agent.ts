import {
  AGENT_MESSAGES,
  encodeMessage,
  PROTOCOL_VERSION,
  type TAgentMessage,
  type TAgentMessageType,
} from "@erp-bridge/shared";
import WebSocket from "ws";
import { z } from "zod";
import { frameText } from "../../../apps/agent/src/tunnel/open-socket.ts";

const ZReceived = z.object({
  v: z.number(),
  id: z.string(),
  type: z.string(),
  payload: z.record(z.string(), z.unknown()),
});
export type TReceived = z.infer<typeof ZReceived>;

const WAIT_MS = 5_000;

/** Plays the agent over a real socket: sends protocol messages, waits for the portal's answers. */
export class TestAgent {
  readonly ws: WebSocket;
  readonly received: TReceived[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  #waiters: (() => void)[] = [];

  private constructor(ws: WebSocket) {
    this.ws = ws;
    this.closed = new Promise((resolve) =>
      ws.once("close", (code, reason) => {
        resolve({ code, reason: reason.toString() });
        this.#wake();
      }),
    );
    ws.on("message", (data) => {
      this.received.push(ZReceived.parse(JSON.parse(frameText(data))));
      this.#wake();
    });
  }

  /** Opens the socket; rejects with the HTTP status when the portal refuses the upgrade. */
  static connect(options: { url: string; credential: string; autoPong?: boolean }): Promise<TestAgent> {
    const ws = new WebSocket(options.url, {
      headers: { authorization: `Bearer ${options.credential}` },
      autoPong: options.autoPong ?? true,
    });
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(new TestAgent(ws)));
      ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once("error", reject);
    });
  }

  /** Connects, says hello and waits for the welcome. */
  static async online(options: { url: string; credential: string; autoPong?: boolean }): Promise<TestAgent> {
    const agent = await TestAgent.connect(options);
    agent.send("hello", hello());
    await agent.next("welcome");
    return agent;
  }

  send<T extends TAgentMessageType>(type: T, payload: z.input<(typeof AGENT_MESSAGES)[T]>, id?: string): void {
    this.ws.send(encodeMessage({ catalog: AGENT_MESSAGES, type, payload, id }));
  }

  sendRaw(text: string): void {
    this.ws.send(text);
  }

  /** Takes the first unread message of `type` (matching `where`), waiting up to 5 s for it. */
  async next(type: string, where: (payload: Record<string, unknown>) => boolean = () => true): Promise<TReceived> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const index = this.received.findIndex((m) => m.type === type && where(m.payload));
      if (index >= 0) return this.received.splice(index, 1)[0] ?? Promise.reject(new Error("lost message"));
      if (this.ws.readyState === WebSocket.CLOSED) throw new Error(`socket closed while waiting for ${type}`);
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no ${type} within ${WAIT_MS} ms; got ${this.received.map((m) => m.type).join(", ")}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Resolves with the close, or fails after `ms`. */
  async closedWithin(ms = WAIT_MS): Promise<{ code: number; reason: string }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`socket still open after ${ms} ms`)), ms);
    });
    return Promise.race([this.closed, timeout]).finally(() => clearTimeout(timer));
  }

  close(): void {
    this.ws.close();
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    waiters.forEach((wake) => wake());
  }
}

export function hello(overrides: Partial<TAgentMessage<"hello">> = {}): TAgentMessage<"hello"> {
  return {
    protocol: PROTOCOL_VERSION,
    agentVersion: "0.0.0-test",
    hostname: "erp-server",
    platform: "linux",
    commands: ["diagnostics.echo", "diagnostics.sleep", "diagnostics.stream", "erp.status"],
    erp: { configured: true, reachable: true, message: "ok", checkedAt: new Date().toISOString() },
    ...overrides,
  };
}
