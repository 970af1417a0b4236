import { encodeMessage } from "@erp-bridge/shared";
import WebSocket from "ws";
import type { z } from "zod";
import { errorMessage, type TLogger } from "../log.ts";
import { OUTBOUND, type TOutboundType } from "./catalogs.ts";

export type TOutgoing<T extends TOutboundType> = { type: T; payload: z.input<(typeof OUTBOUND)[T]> };

/** Sends one message; false when the socket is not open or the message failed validation. */
export type TSend = <T extends TOutboundType>(message: TOutgoing<T>) => boolean;

export function createSender(options: { ws: WebSocket; log: TLogger }): TSend {
  return (message) => {
    if (options.ws.readyState !== WebSocket.OPEN) return false;
    let frame: string;
    try {
      frame = encodeMessage({ catalog: OUTBOUND, type: message.type, payload: message.payload });
    } catch (error) {
      // A bug on our side: log it loudly, keep the connection (the peer would only reject it).
      options.log.error("refused to send an invalid message", { type: message.type, error: errorMessage(error) });
      return false;
    }
    options.ws.send(frame);
    return true;
  };
}
