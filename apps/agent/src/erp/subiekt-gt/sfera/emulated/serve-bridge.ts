import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { z } from "zod";
import { encodeBridgeLine, ZLookupAnswer, type TBridgeErrorCode, type TLookup } from "../bridge-messages.ts";

/** A failure a handler answers with; anything else thrown answers INTERNAL. */
export class BridgeFailure extends Error {
  readonly code: TBridgeErrorCode;
  readonly retryable: boolean;

  constructor(options: { code: TBridgeErrorCode; message: string; retryable: boolean }) {
    super(options.message);
    this.code = options.code;
    this.retryable = options.retryable;
  }
}

export type TBridgeTools = {
  /** Asks the agent whether the key is written, as the real bridge does before every save. */
  lookup: (lookup: TLookup) => Promise<{ id: number; number: string } | null>;
};
export type TBridgeHandler = (payload: unknown, tools: TBridgeTools) => Promise<unknown>;
export type TQueueState = { queueLength: number; busy: { type: string; forMs: number } | null };

const ZCallEnvelope = z.object({
  v: z.literal(1),
  id: z.string().min(1),
  type: z.string(),
  timeoutMs: z.number().int().positive().optional(),
  payload: z.unknown(),
});

/**
 * The bridge's side of the stdio protocol in Node, as apps/sfera-bridge/src/Host/BridgeHost.cs
 * serves it: health answered at once, calls run one at a time in arrival order, a call still queued
 * past its timeout not started, key look-ups sent to the agent and their answers awaited.
 * Resolves when stdin ends and the queue has drained.
 */
export async function serveBridge(options: {
  input: Readable;
  output: Writable;
  handlers: Record<string, TBridgeHandler>;
  health: (queue: TQueueState) => unknown;
  log: (line: string) => void;
}): Promise<void> {
  const send = (id: string, type: string, payload: unknown) =>
    options.output.write(`${encodeBridgeLine({ id, type, payload })}\n`);
  const lookups = new Map<string, (answer: unknown) => void>();
  let lookupCount = 0;
  let inputEnded = false;
  const tools: TBridgeTools = {
    lookup: async (lookup) => {
      const id = `lookup-${++lookupCount}`;
      // As BridgeHost.KeyAnswerTimeout: an agent that does not answer lets nothing through.
      const answered = new Promise<unknown>((resolve) => {
        if (inputEnded) return resolve(null);
        lookups.set(id, resolve);
        setTimeout(() => resolve(null), 10_000).unref();
      });
      send(id, "lookup", lookup);
      const raw = await answered;
      lookups.delete(id);
      const answer = ZLookupAnswer.safeParse(raw);
      if (!answer.success || !answer.data.ok) {
        const why =
          raw === null ? "no answer" : answer.success && !answer.data.ok ? answer.data.message : "a malformed answer";
        throw new BridgeFailure({
          code: "KEY_CHECK_FAILED",
          message: `key check failed: ${why}; nothing was saved`,
          retryable: true,
        });
      }
      return answer.data.document;
    },
  };
  let queue = Promise.resolve();
  const calls: { queued: number; busy: { type: string; since: number } | null } = { queued: 0, busy: null };
  const run = async (call: z.infer<typeof ZCallEnvelope>, receivedAt: number, handler: TBridgeHandler) => {
    calls.queued--;
    if (call.timeoutMs !== undefined && Date.now() - receivedAt > call.timeoutMs) {
      const message = `${call.type} waited in the queue past its ${call.timeoutMs} ms and was not started`;
      send(call.id, "result", { ok: false, error: { code: "EXPIRED", message, retryable: true } });
      return;
    }
    calls.busy = { type: call.type, since: Date.now() };
    try {
      send(call.id, "result", { ok: true, value: await handler(call.payload, tools) });
    } catch (error) {
      const failure =
        error instanceof BridgeFailure
          ? { code: error.code, message: error.message, retryable: error.retryable }
          : { code: "INTERNAL", message: error instanceof Error ? error.message : String(error), retryable: false };
      options.log(`${call.type} ${call.id} failed: ${failure.code} ${failure.message}`);
      send(call.id, "result", { ok: false, error: failure });
    } finally {
      calls.busy = null;
    }
  };
  for await (const line of createInterface({ input: options.input })) {
    if (!line.trim()) continue;
    const parsed = ZCallEnvelope.safeParse(parseJson(line));
    if (!parsed.success) {
      options.log(`unanswerable line from the agent: ${line.slice(0, 200)}`);
      continue;
    }
    const call = parsed.data;
    if (call.type === "health") {
      const { busy } = calls;
      const state = {
        queueLength: calls.queued,
        busy: busy ? { type: busy.type, forMs: Date.now() - busy.since } : null,
      };
      send(call.id, "result", { ok: true, value: options.health(state) });
      continue;
    }
    if (call.type === "lookup.result") {
      lookups.get(call.id)?.(call.payload);
      continue;
    }
    const handler = options.handlers[call.type];
    if (!handler) {
      const error = { code: "BAD_REQUEST", message: `type: unknown message type ${call.type}`, retryable: false };
      send(call.id, "result", { ok: false, error });
      continue;
    }
    const receivedAt = Date.now();
    calls.queued++;
    queue = queue.then(() => run(call, receivedAt, handler));
  }
  // The agent is gone: no look-up will be answered, so none may let a write through.
  inputEnded = true;
  for (const resolve of lookups.values()) resolve(null);
  lookups.clear();
  await queue;
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
