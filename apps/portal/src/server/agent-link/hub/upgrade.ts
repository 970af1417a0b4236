import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { hashSecret } from "../agent-secrets.ts";
import { authenticateAgent } from "./authenticate-agent.ts";
import type { TSessionIdentity } from "./agent-session.ts";

/** The agent behind `Authorization: Bearer <credential>`, or null for a wrong, replaced or revoked one. */
export async function authorizeUpgrade(request: IncomingMessage): Promise<TSessionIdentity | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
  const credential = match?.[1];
  if (!credential) return null;
  const agent = await authenticateAgent({ credential });
  return agent ? { ...agent, credentialHash: hashSecret(credential) } : null;
}

/** Answers before any upgrade, so an unauthenticated client never gets a WebSocket. */
export function refuseUpgrade(socket: Duplex, status: "401 Unauthorized" | "503 Service Unavailable"): void {
  if (!socket.writable) return void socket.destroy();
  socket.once("finish", () => socket.destroy());
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n\r\n`);
}
