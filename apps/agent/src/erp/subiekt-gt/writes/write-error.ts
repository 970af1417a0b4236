import type { z } from "zod";
import type { TErpWriteError } from "@erp-bridge/shared";

/** The one error a write throws for bad input: `path` names the input field, and nothing was written. */
export class ErpWriteError extends Error {
  readonly code: TErpWriteError["code"];
  readonly path: string;

  constructor(options: { code: TErpWriteError["code"]; path: string; message: string }) {
    super(`${options.path}: ${options.message}`);
    this.name = "ErpWriteError";
    this.code = options.code;
    this.path = options.path;
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
