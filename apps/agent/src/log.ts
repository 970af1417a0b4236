import { z } from "zod";

export const ZLogLevel = z.enum(["debug", "info", "warn", "error"]);
export type TLogLevel = z.infer<typeof ZLogLevel>;

export type TLogFields = Record<string, unknown>;
export type TLogger = Record<TLogLevel, (msg: string, fields?: TLogFields) => void>;

const RANK: Record<TLogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * JSON lines on stdout ({time, level, msg, ...fields}): the service manager captures them,
 * and tests wait on `msg` values, so those strings are part of the agent's interface.
 */
export function createLogger(options: { level: TLogLevel; write?: (line: string) => void }): TLogger {
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const at =
    (level: TLogLevel) =>
    (msg: string, fields: TLogFields = {}) => {
      if (RANK[level] < RANK[options.level]) return;
      write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
    };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** An error's message for a log field, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
