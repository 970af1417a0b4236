import { MAX_FRAME_BYTES } from "@erp-bridge/shared";
import WebSocket from "ws";
import { tunnelUrl } from "./tunnel-url.ts";

/** Dials the portal's hub with the agent's credential; the agent only ever connects out. */
export function openSocket(options: { portalUrl: string; credential: string; handshakeMs: number }): WebSocket {
  return new WebSocket(tunnelUrl({ portalUrl: options.portalUrl }), {
    headers: { Authorization: `Bearer ${options.credential}` },
    maxPayload: MAX_FRAME_BYTES,
    handshakeTimeout: options.handshakeMs,
  });
}

/** A frame's text, whichever of its buffer shapes `ws` delivered. */
export function frameText(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  return Buffer.from(new Uint8Array(data)).toString("utf8");
}
