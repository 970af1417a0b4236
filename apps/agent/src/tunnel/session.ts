import os from "node:os";
import { COMMAND_NAMES, dispatchMessage, PROTOCOL_VERSION, type THandlers } from "@erp-bridge/shared";
import WebSocket from "ws";
import type { ErpConnections } from "../erp/erp-connections.ts";
import { readErpStatuses } from "../erp/read-erp-status.ts";
import type { TLogger } from "../log.ts";
import type { UpdateReceiver } from "../update/update-receiver.ts";
import { AGENT_VERSION } from "../version.ts";
import { INBOUND } from "./catalogs.ts";
import { decideClose } from "./close-policy.ts";
import type { CommandRunner } from "./command-runner.ts";
import { frameText, openSocket } from "./open-socket.ts";
import { createSender } from "./send.ts";
import type { TTimings } from "./timings.ts";
import { createWatchdog } from "./watchdog.ts";

export type TSessionEnd = { kind: "retry"; upMs: number } | { kind: "exit"; code: number };

/** One connection from dial to close: hello, welcome, heartbeats, liveness, message dispatch. */
export function runSession(options: {
  portalUrl: string;
  credential: string;
  runner: CommandRunner;
  updates: UpdateReceiver;
  connections: ErpConnections;
  log: TLogger;
  timings: TTimings;
  stop: AbortSignal;
}): Promise<TSessionEnd> {
  const { log, runner, updates, timings, connections } = options;
  const ws = openSocket({ ...options, handshakeMs: timings.handshakeMs });
  const send = createSender({ ws, log });
  const closed = new AbortController();
  let openedAt: number | null = null;
  let welcomedAt: number | null = null;
  let upgradeStatus: number | null = null;
  let portalError: string | null = null;
  let heartbeat: NodeJS.Timeout | undefined;
  const liveness = createWatchdog({
    ms: timings.livenessMs,
    onExpire: () => {
      log.warn("liveness timeout", { silentMs: timings.livenessMs });
      ws.terminate();
    },
  });
  const welcomeTimer = setTimeout(() => {
    log.warn("no welcome from portal", { waitedMs: timings.handshakeMs + timings.welcomeMs });
    ws.terminate();
  }, timings.handshakeMs + timings.welcomeMs);

  // `erp` is the default connection's status (older portals read only it); `connections` lists every one.
  const sendStatus = async () => {
    const statuses = await readErpStatuses({ connections, timeoutMs: timings.welcomeMs });
    send({ type: "status", payload: { ...statuses, runningCommands: runner.runningCommands } });
  };
  const sendHello = async () => {
    const statuses = await readErpStatuses({ connections, timeoutMs: timings.welcomeMs });
    const platform = `${process.platform}-${process.arch}`;
    const identity = { protocol: PROTOCOL_VERSION, agentVersion: AGENT_VERSION, hostname: os.hostname(), platform };
    send({ type: "hello", payload: { ...identity, commands: [...COMMAND_NAMES], ...statuses } });
  };
  const handlers: THandlers<typeof INBOUND, void> = {
    welcome: (welcome) => {
      if (welcomedAt !== null) return;
      welcomedAt = Date.now();
      clearTimeout(welcomeTimer);
      log.info("connected", {
        agentId: welcome.agentId,
        heartbeatMs: welcome.heartbeatMs,
        pageWindow: welcome.pageWindow,
      });
      runner.attach({ send, pageWindow: welcome.pageWindow, closed: closed.signal });
      updates.attach({ send });
      heartbeat = setInterval(() => {
        void sendStatus();
        updates.heartbeat();
      }, welcome.heartbeatMs);
    },
    command: (command) => {
      if (welcomedAt === null) return log.warn("command before welcome ignored", { commandId: command.commandId });
      runner.submit(command);
    },
    "command.cancel": (cancel) => runner.cancel(cancel),
    "page.ack": (ack) => runner.pageAck(ack),
    "result.ack": (ack) => runner.resultAck(ack),
    "update.offer": (offer) => updates.offer(offer),
    "update.page": (page) => updates.page(page),
    "update.cancel": (cancel) => updates.cancel(cancel),
    "update.ack": (ack) => updates.ack(ack),
    error: (error) => {
      portalError = error.message;
      log.warn("portal error", { code: error.code, message: error.message, refId: error.refId });
    },
  };

  ws.on("unexpected-response", (_request, response) => {
    upgradeStatus = response.statusCode ?? null;
    log.warn("upgrade refused", { status: upgradeStatus });
    ws.terminate();
  });
  ws.on("open", () => {
    openedAt = Date.now();
    liveness.reset();
    void sendHello();
  });
  ws.on("ping", () => liveness.reset());
  ws.on("message", (data) => {
    liveness.reset();
    const dispatched = dispatchMessage({ catalog: INBOUND, handlers, raw: frameText(data) });
    if (dispatched.ok) return;
    log.warn("invalid portal message", { code: dispatched.error.code, message: dispatched.error.message });
    send({ type: "error", payload: { ...dispatched.error, refId: dispatched.refId } });
  });
  ws.on("error", (error) => log.warn("connection error", { error: error.message }));

  // Finish (or abandon) the running command first, so its result can still go out on this socket.
  const onStop = () => {
    void runner.stop({ graceMs: timings.shutdownGraceMs }).then(() => {
      if (ws.readyState === WebSocket.CONNECTING) return ws.terminate();
      ws.close(1000, "agent shutting down");
      setTimeout(() => ws.terminate(), timings.closeMs).unref();
    });
  };
  options.stop.addEventListener("abort", onStop, { once: true });

  return new Promise((resolve) => {
    ws.on("close", (code, reasonBytes) => {
      clearTimeout(welcomeTimer);
      clearInterval(heartbeat);
      liveness.stop();
      options.stop.removeEventListener("abort", onStop);
      runner.detach();
      updates.detach();
      closed.abort("DISCONNECTED");
      const reason = reasonBytes.toString("utf8");
      const upMs = welcomedAt === null ? 0 : Date.now() - welcomedAt;
      if (openedAt === null) log.warn("connection failed", { code, status: upgradeStatus });
      else log.info("disconnected", { code, reason, upMs, welcomed: welcomedAt !== null });
      const decision = decideClose({ code, stopping: options.stop.aborted, upgradeStatus });
      if (decision.kind === "retry") return resolve({ kind: "retry", upMs });
      log[decision.level](decision.msg, { code, reason, portalError });
      resolve({ kind: "exit", code: decision.code });
    });
  });
}
