import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, ZEnvelope, type TError } from "./envelope.ts";

type TCatalog = Record<string, z.ZodType>;

export type THandlers<C extends TCatalog, R> = {
  [T in keyof C]: (payload: z.infer<C[T]>, meta: { id: string; v: number }) => R;
};

export type TDecodeFailure = { error: TError; refId?: string };

function isKey<C extends TCatalog>(catalog: C, type: string): type is Extract<keyof C, string> {
  return Object.hasOwn(catalog, type);
}

/**
 * Serialises one message after validating it against its schema: an invalid outgoing
 * message is a bug on our side and throws here instead of reaching the peer.
 */
export function encodeMessage<C extends TCatalog, T extends Extract<keyof C, string>>(options: {
  catalog: C;
  type: T;
  payload: z.input<C[T]>;
  id?: string;
}): string {
  const schema: C[T] = options.catalog[options.type];
  const payload: unknown = schema.parse(options.payload);
  return JSON.stringify({ v: PROTOCOL_VERSION, id: options.id ?? randomUUID(), type: options.type, payload });
}

/**
 * Parses the envelope, then the payload by its type, and calls that type's handler.
 * Anything malformed comes back as a failure naming what was wrong; handlers only ever
 * see payloads their schema accepted.
 */
export function dispatchMessage<C extends TCatalog, R>(options: {
  catalog: C;
  handlers: THandlers<C, R>;
  raw: string;
}): { ok: true; value: R } | ({ ok: false } & TDecodeFailure) {
  let json: unknown;
  try {
    json = JSON.parse(options.raw);
  } catch {
    return { ok: false, error: { code: "BAD_JSON", message: "message is not valid JSON" } };
  }
  const envelope = ZEnvelope.safeParse(json);
  if (!envelope.success) {
    return { ok: false, error: { code: "BAD_ENVELOPE", message: describe(envelope.error, "envelope") } };
  }
  const { v, id, type, payload } = envelope.data;
  if (v < MIN_PROTOCOL_VERSION || v > PROTOCOL_VERSION) {
    const message = `message version ${v} is not supported (this side speaks ${MIN_PROTOCOL_VERSION}..${PROTOCOL_VERSION})`;
    return { ok: false, refId: id, error: { code: "UNSUPPORTED_VERSION", message } };
  }
  if (!isKey(options.catalog, type)) {
    return { ok: false, refId: id, error: { code: "UNKNOWN_TYPE", message: `unknown message type "${type}"` } };
  }
  return run(options.catalog, options.handlers, type, { payload, id, v });
}

function run<C extends TCatalog, R, K extends Extract<keyof C, string>>(
  catalog: C,
  handlers: THandlers<C, R>,
  type: K,
  message: { payload: unknown; id: string; v: number },
): { ok: true; value: R } | ({ ok: false } & TDecodeFailure) {
  const schema: C[K] = catalog[type];
  const parsed: z.ZodSafeParseResult<z.infer<C[K]>> = schema.safeParse(message.payload);
  if (!parsed.success) {
    const error = { code: "INVALID_PAYLOAD" as const, message: describe(parsed.error, type) };
    return { ok: false, refId: message.id, error };
  }
  return { ok: true, value: handlers[type](parsed.data, { id: message.id, v: message.v }) };
}

/** "payload of command: timeoutMs: expected number" — the first problem, with its path. */
export function describe(error: z.ZodError, what: string): string {
  const issue = error.issues[0];
  const path = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  return `invalid ${what}: ${path}${issue?.message ?? "malformed"}`;
}
