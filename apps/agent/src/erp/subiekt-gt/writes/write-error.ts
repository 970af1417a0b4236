import type { z } from "zod";
import type { TErpWriteError } from "@erp-bridge/shared";
import type { TRefusal } from "../../erp-writer.ts";

/**
 * The one error a write throws for bad input: `path` names the input field, and nothing was
 * written. `refusal` says why in a code where the portal has words for it (e.g. noStock).
 */
export class ErpWriteError extends Error {
  readonly code: TErpWriteError["code"];
  readonly path: string;
  readonly refusal: TRefusal | undefined;

  constructor(options: { code: TErpWriteError["code"]; path: string; message: string; refusal?: TRefusal }) {
    super(`${options.path}: ${options.message}`);
    this.name = "ErpWriteError";
    this.code = options.code;
    this.path = options.path;
    this.refusal = options.refusal;
  }

  toJSON(): TErpWriteError {
    return { code: this.code, path: this.path, message: this.message };
  }
}

/** Parses a write's input, turning zod's first issue into an ErpWriteError naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ErpWriteError({
    code: "invalid_input",
    path: issue?.path.map(String).join(".") ?? "",
    message: issue?.message ?? "invalid input",
  });
}
