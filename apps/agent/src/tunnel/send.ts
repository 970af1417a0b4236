import { AGENT_MESSAGES, encodeMessage, type TAgentMessageType } from "@erp-bridge/shared";
import WebSocket from "ws";
import type { z } from "zod";
import { errorMessage, type TLogger } from "../log.ts";

export type TOutgoing<T extends TAgentMessageType> = { type: T; payload: z.input<(typeof AGENT_MESSAGES)[T]> };

/** Sends one message; false when the socket is not open or the message failed validation. */
export type TSend = <T extends TAgentMessageType>(message: TOutgoing<T>) => boolean;

export function createSender(options: { ws: WebSocket; log: TLogger }): TSend {
  return (message) => {
    if (options.ws.readyState !== WebSocket.OPEN) return false;
    let frame: string;
    try {
      frame = encodeMessage({ catalog: AGENT_MESSAGES, type: message.type, payload: message.payload });
    } catch (error) {
      // A bug on our side: log it loudly, keep the connection (the peer would only reject it).
      options.log.error("refused to send an invalid message", { type: message.type, error: errorMessage(error) });
      return false;
    }
    options.ws.send(frame);
    return true;
  };
}
