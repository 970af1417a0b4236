import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import {
  AGENT_MESSAGES,
  AGENT_UPDATE_MESSAGES,
  encodeMessage,
  PORTAL_MESSAGES,
  PORTAL_UPDATE_MESSAGES,
  PROTOCOL_VERSION,
  type TBuildManifest,
} from "@erp-bridge/shared";
import type WebSocket from "ws";
import { WebSocketServer } from "ws";
import { z } from "zod";
import { eventually } from "./eventually.ts";
import { frameText } from "../../apps/agent/src/tunnel/open-socket.ts";

const INBOUND = { ...AGENT_MESSAGES, ...AGENT_UPDATE_MESSAGES };
const OUTBOUND = { ...PORTAL_MESSAGES, ...PORTAL_UPDATE_MESSAGES };
const ZEnvelope = z.object({ type: z.string(), payload: z.unknown() });
const FINAL = new Set(["refused", "installed", "rolled_back", "cancelled"]);

export type TReceivedMessage = { type: string; payload: Record<string, unknown> };
export type TOfferedBuild = { manifest: TBuildManifest; signature: string; bytes: Buffer };

/**
 * The portal's side of updates as the protocol in packages/shared defines it, until the portal
 * implements it: enrollment, hello/welcome, and a build offered and served page by page on
 * the agent's pulls, final statuses acknowledged; also commands sent and their pages and results
 * acknowledged (the agent's ERP connections, before the portal sends `connection`). Every message either way is validated
 * against the shared catalogues. `bytes` may differ from what the manifest signs (an altered build).
 */
export class UpdatePortal {
  readonly received: TReceivedMessage[] = [];
  private socket: WebSocket | null = null;
  private build: (TOfferedBuild & { updateId: string }) | null = null;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(options: { pageBytes: number; heartbeatMs: number }): Promise<UpdatePortal> {
    const server = http.createServer((request, response) => {
      if (request.method === "POST" && request.url === "/api/agents/enroll") {
        response.writeHead(201, { "content-type": "application/json" });
        return response.end(JSON.stringify({ agentId: randomUUID(), credential: randomBytes(24).toString("hex") }));
      }
      response.writeHead(404).end();
    });
    const wss = new WebSocketServer({ server, path: "/agent/v1" });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (typeof address !== "object" || !address) throw new Error("the update portal has no port");
    const portal = new UpdatePortal(server, `http://127.0.0.1:${address.port}`);
    wss.on("connection", (ws) => portal.accept({ ws, ...options }));
    return portal;
  }

  /** Offers a build on the live connection. */
  offer(build: TOfferedBuild & { pageBytes: number }): string {
    const updateId = randomUUID();
    this.build = { ...build, updateId };
    const { manifest, signature, pageBytes } = build;
    this.send("update.offer", { updateId, manifest, signature, pageBytes });
    return updateId;
  }

  /** The first message (seen or to come, from message `after` on) of a type that matches. */
  waitFor(
    type: string,
    match: (payload: Record<string, unknown>) => boolean = () => true,
    options: { timeoutMs?: number; after?: number } = {},
  ): Promise<TReceivedMessage> {
    return eventually(
      async () => this.received.slice(options.after ?? 0).find((m) => m.type === type && match(m.payload)),
      { what: `agent message ${type}`, timeoutMs: options.timeoutMs ?? 60_000, intervalMs: 100 },
    );
  }

  /**
   * Sends a command on the live connection (issue 19: with a `connection` when it targets one);
   * its pages and result are acknowledged as the portal acknowledges them. Returns its result.
   */
  async command(
    payload: Omit<z.input<(typeof OUTBOUND)["command"]>, "commandId" | "key" | "timeoutMs" | "resumeFromPage">,
  ): Promise<{ outcome: Record<string, unknown>; pages: unknown[] }> {
    const commandId = randomUUID();
    const after = this.received.length;
    this.send("command", { commandId, key: `key-${commandId}`, timeoutMs: 60_000, resumeFromPage: 0, ...payload });
    const result = await this.waitFor("command.result", (p) => p.commandId === commandId, { after });
    const pages = this.received
      .filter((m) => m.type === "result.page" && m.payload.commandId === commandId)
      .sort((a, b) => Number(a.payload.seq) - Number(b.payload.seq))
      .map((m) => m.payload.data);
    return { outcome: z.record(z.string(), z.unknown()).parse(result.payload.outcome), pages };
  }

  async close(): Promise<void> {
    this.socket?.terminate();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(options: { ws: WebSocket; pageBytes: number; heartbeatMs: number }): void {
    const { ws } = options;
    this.socket = ws;
    ws.on("message", (data) => {
      const envelope = ZEnvelope.parse(JSON.parse(frameText(data)));
      const schema = Object.entries(INBOUND).find(([type]) => type === envelope.type)?.[1];
      if (!schema) throw new Error(`unknown agent message ${envelope.type}`);
      const payload = z.record(z.string(), z.unknown()).parse(schema.parse(envelope.payload));
      this.received.push({ type: envelope.type, payload });
      if (envelope.type === "hello") {
        const welcome = {
          agentId: randomUUID(),
          protocol: PROTOCOL_VERSION,
          heartbeatMs: options.heartbeatMs,
          pageWindow: 8,
        };
        this.send("welcome", welcome);
      }
      if (envelope.type === "update.pull") this.servePages(payload, options.pageBytes);
      if (envelope.type === "result.page") {
        this.send("page.ack", { commandId: String(payload.commandId), seq: Number(payload.seq) });
      }
      if (envelope.type === "command.result") this.send("result.ack", { commandId: String(payload.commandId) });
      if (envelope.type === "update.status" && FINAL.has(String(payload.state))) {
        this.send("update.ack", { updateId: String(payload.updateId) });
      }
    });
  }

  private servePages(pull: Record<string, unknown>, pageBytes: number): void {
    const build = this.build;
    if (!build || pull.updateId !== build.updateId) return;
    const from = Number(pull.fromSeq);
    for (let seq = from; seq < from + Number(pull.count); seq++) {
      const data = build.bytes.subarray(seq * pageBytes, (seq + 1) * pageBytes).toString("base64");
      this.send("update.page", { updateId: build.updateId, seq, data });
    }
  }

  private send<T extends keyof typeof OUTBOUND>(type: T, payload: z.input<(typeof OUTBOUND)[T]>): void {
    this.socket?.send(encodeMessage({ catalog: OUTBOUND, type, payload }));
  }
}
