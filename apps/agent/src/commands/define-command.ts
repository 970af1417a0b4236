import { describeZodError, MAX_FRAME_BYTES, type TCommandName } from "@erp-bridge/shared";
import type { z } from "zod";
import type { TErpConnector } from "../erp/erp-connector.ts";
import { CommandError } from "../errors/command-error.ts";
import type { TPlacement } from "../tunnel/lane-scheduler.ts";

export type TCommandContext<I> = { input: I; signal: AbortSignal; resumeFromPage: number; erp: TErpConnector };
export type TRunOptions = Omit<TCommandContext<unknown>, "input"> & { emitPage: (data: unknown) => Promise<void> };
export type TPrepared = { ok: true; run: (options: TRunOptions) => Promise<unknown> } | { ok: false; message: string };

/**
 * What the dispatcher sees of a command: type-erased, with input, pages and result checked here.
 * `placement` says where it runs (see LaneScheduler): an ERP write in its document's lane, the rest
 * one at a time beside the writes.
 */
export type TCommandDefinition = {
  streamed: boolean;
  placement: (rawInput: unknown) => TPlacement;
  prepare: (rawInput: unknown) => TPrepared;
};

const OTHER: TPlacement = { kind: "other" };

/** Room for the envelope and the other fields around a payload in one frame. */
const ENVELOPE_ALLOWANCE = 4096;
/** The largest page or result (its JSON, in UTF-8 bytes) that still fits one frame. */
export const MAX_PAYLOAD_BYTES = MAX_FRAME_BYTES - ENVELOPE_ALLOWANCE;

export function defineCommand<I extends z.ZodType, R extends z.ZodType>(options: {
  name: TCommandName;
  spec: { input: I; result: R; page: null };
  run: (context: TCommandContext<z.output<I>>) => Promise<z.input<R>>;
  /**
   * An ERP write's lane: the key of the order (or document) it writes for. Writes of one lane run
   * one at a time in order; an input that does not parse runs in a lane of its own and fails there.
   */
  lane?: (input: z.output<I>) => string;
}): TCommandDefinition {
  const { lane } = options;
  return {
    streamed: false,
    placement: (rawInput) => {
      if (!lane) return OTHER;
      const parsed = options.spec.input.safeParse(rawInput);
      return { kind: "write", lane: parsed.success ? lane(parsed.data) : `unparsed:${JSON.stringify(rawInput)}` };
    },
    prepare: (rawInput) => {
      const parsed = parseInput({ name: options.name, schema: options.spec.input, rawInput });
      if (!parsed.ok) return parsed;
      return {
        ok: true,
        run: async (context) => {
          const result = await options.run({ ...context, input: parsed.input });
          return checkPayload({ schema: options.spec.result, value: result, what: `result of ${options.name}` });
        },
      };
    },
  };
}

/** A streamed command: an async generator yielding pages from `resumeFromPage`, returning the result. */
export function defineStreamCommand<I extends z.ZodType, R extends z.ZodType, P extends z.ZodType>(options: {
  name: TCommandName;
  spec: { input: I; result: R; page: P };
  pages: (context: TCommandContext<z.output<I>>) => AsyncGenerator<z.input<P>, z.input<R>, undefined>;
}): TCommandDefinition {
  return {
    streamed: true,
    placement: () => OTHER,
    prepare: (rawInput) => {
      const parsed = parseInput({ name: options.name, schema: options.spec.input, rawInput });
      if (!parsed.ok) return parsed;
      return {
        ok: true,
        run: async ({ emitPage, ...context }) => {
          const source = options.pages({ ...context, input: parsed.input });
          let result: unknown;
          // Delegating keeps the return value and lets `for await` close the source (its
          // finally blocks, e.g. an ERP cursor) when a page cannot be sent.
          async function* pagesOf() {
            result = yield* source;
          }
          for await (const page of pagesOf()) {
            await emitPage(checkPayload({ schema: options.spec.page, value: page, what: `page of ${options.name}` }));
          }
          return checkPayload({ schema: options.spec.result, value: result, what: `result of ${options.name}` });
        },
      };
    },
  };
}

function parseInput<I extends z.ZodType>(options: {
  name: TCommandName;
  schema: I;
  rawInput: unknown;
}): { ok: true; input: z.output<I> } | { ok: false; message: string } {
  const parsed = options.schema.safeParse(options.rawInput);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, message: describeZodError(parsed.error, `input of ${options.name}`) };
}

/**
 * Validates what a command produced before it can reach the wire. The value itself is
 * returned, not the parse output, so fields a newer agent adds beyond the catalogue (e.g.
 * erp.status `configured`) are not silently stripped.
 */
function checkPayload(options: { schema: z.ZodType; value: unknown; what: string }): unknown {
  const parsed = options.schema.safeParse(options.value);
  if (!parsed.success) {
    throw new CommandError({ code: "INVALID_RESULT", message: describeZodError(parsed.error, options.what) });
  }
  const bytes = Buffer.byteLength(JSON.stringify(options.value));
  if (bytes > MAX_PAYLOAD_BYTES) {
    throw new CommandError({ code: "INVALID_RESULT", message: `${options.what} is ${bytes} bytes, over one frame` });
  }
  return options.value;
}
