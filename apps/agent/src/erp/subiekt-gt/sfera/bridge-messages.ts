import { z } from "zod";
import { KEYED_TYPES } from "./bridge-calls.ts";

/**
 * The bridge's stdio protocol, version 1: one JSON object per line each way,
 * `{ v, id, type, payload }`, calls adding `timeoutMs` (past it the bridge does not start a call
 * still queued). Versioned apart from the tunnel's protocol: the bridge is a separate binary
 * that a client may run at another version than the agent.
 *
 * Agent -> bridge: a call (bridge-calls.ts), or `lookup.result` answering the bridge's `lookup`.
 * Bridge -> agent: `result` answering a call by its id, or `lookup` asking whether a key is
 * already written (see apps/sfera-bridge/src/Host/KeyLookup.cs for why the bridge asks).
 */
export const BRIDGE_PROTOCOL_VERSION = 1;

/** Failures a call can end with; retryable ones may be sent again as they are (writes are keyed). */
export const ZBridgeErrorCode = z.enum([
  "BAD_REQUEST",
  "NOT_LOGGED_IN",
  "NOT_WINDOWS",
  "HOST_64BIT",
  "NOT_INSTALLED",
  "NO_LICENCE",
  "WRONG_OPERATOR",
  "LOGIN_FAILED",
  "LOCKED",
  "KEY_CHECK_FAILED",
  "EXPIRED",
  /** Sfera refused the write; the message is Sfera's own, for staff. */
  "REFUSED",
  "SFERA_UNAVAILABLE",
  /** The emulated bridge has no such thing (document flags). */
  "UNSUPPORTED",
  "INTERNAL",
  /** Raised by the supervisor: the call outlived its timeout; the bridge was killed and restarted. */
  "BRIDGE_TIMEOUT",
  /** Raised by the supervisor: the bridge exited or was restarted before answering. */
  "BRIDGE_EXITED",
  /** Raised by the supervisor: no bridge is running (not started, stopping, or waiting to restart). */
  "BRIDGE_UNAVAILABLE",
  /** Raised by the supervisor: the bridge answered something that does not fit the call. */
  "BRIDGE_PROTOCOL",
]);
export type TBridgeErrorCode = z.infer<typeof ZBridgeErrorCode>;

export const ZBridgeError = z.object({ code: ZBridgeErrorCode, message: z.string(), retryable: z.boolean() });
export type TBridgeError = z.infer<typeof ZBridgeError>;

const ZEnvelope = z.object({
  v: z.literal(BRIDGE_PROTOCOL_VERSION),
  id: z.string().min(1).max(64),
  type: z.string(),
  payload: z.unknown(),
});

export const ZResultPayload = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ZBridgeError }),
]);

export const ZLookupPayload = z.object({
  key: z.string().min(1),
  types: z.array(z.enum(KEYED_TYPES)).min(1),
});
export type TLookup = z.infer<typeof ZLookupPayload>;

export const ZLookupAnswer = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), document: z.object({ id: z.number().int(), number: z.string() }).nullable() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type TLookupAnswer = z.infer<typeof ZLookupAnswer>;

/** A line from the bridge, read: a result, a look-up, or why it could not be read. */
export type TFromBridge =
  | { type: "result"; id: string; payload: z.infer<typeof ZResultPayload> }
  | { type: "lookup"; id: string; payload: TLookup }
  | { type: "invalid"; id: string | null; problem: string };

export function parseBridgeLine(line: string): TFromBridge {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { type: "invalid", id: null, problem: "not JSON" };
  }
  const envelope = ZEnvelope.safeParse(json);
  if (!envelope.success) return { type: "invalid", id: null, problem: describe(envelope.error) };
  const { id, type, payload } = envelope.data;
  if (type === "result") {
    const result = ZResultPayload.safeParse(payload);
    return result.success
      ? { type, id, payload: result.data }
      : { type: "invalid", id, problem: describe(result.error) };
  }
  if (type === "lookup") {
    const lookup = ZLookupPayload.safeParse(payload);
    return lookup.success
      ? { type, id, payload: lookup.data }
      : { type: "invalid", id, problem: describe(lookup.error) };
  }
  return { type: "invalid", id, problem: `unknown message type "${type}"` };
}

/**
 * One line for the bridge. Everything outside printable ASCII is escaped, as the bridge escapes its
 * own output, so no console code page on the way can garble a Polish letter.
 */
export function encodeBridgeLine(options: { id: string; type: string; payload: unknown; timeoutMs?: number }): string {
  const json = JSON.stringify({ v: BRIDGE_PROTOCOL_VERSION, ...options });
  return json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join(".") || "message"}: ${issue?.message ?? "invalid"}`;
}
