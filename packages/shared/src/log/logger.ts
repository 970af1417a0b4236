import { pino } from "pino";
import { z } from "zod";

export const ZLogLevel = z.enum(["debug", "info", "warn", "error"]);
export type TLogLevel = z.infer<typeof ZLogLevel>;

export type TLogFields = Record<string, unknown>;
export type TLogger = Record<TLogLevel, (msg: string, fields?: TLogFields) => void>;

/**
 * Fields whose value never reaches a log, at the top of a line or one level down: secrets
 * (passwords, tokens, API keys, enrolment codes) and personal data (e-mail addresses, people's
 * names, postal addresses, phone numbers, client addresses).
 */
export const REDACTED_FIELDS = [
  "password",
  "passwd",
  "secret",
  "token",
  "accessToken",
  "refreshToken",
  "apiKey",
  "api_key",
  "authorization",
  "cookie",
  "credential",
  "enrollmentCode",
  "signingKey",
  "email",
  "firstName",
  "lastName",
  "fullName",
  "customerName",
  "contactName",
  "buyer",
  "address",
  "street",
  "postalCode",
  "city",
  "phone",
] as const;

export const REDACTED = "[redacted]";

// Free text (an error message, a bridge's log line) may carry these even where no field names
// them. A URL's password goes first, before its user@host could pass for an e-mail address.
const SCRUBBERS: [RegExp, string][] = [
  [/(\/\/[^/\s:@]+):[^/\s@]+@/g, `$1:${REDACTED}@`],
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "[email]"],
  [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, `$1 ${REDACTED}`],
];

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return SCRUBBERS.reduce((text, [pattern, by]) => text.replace(pattern, by), value);
  if (depth > 3 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, depth + 1)]));
}

/**
 * The one logger of the portal and the agent: pino, one JSON line per event on stdout (or
 * `write`), `{level, time, ...fields, msg}` with the level as a word. Tests and the agent's
 * supervisor wait on `msg` values, so those strings are part of the programs' interface.
 */
export function createLogger(options: { level: TLogLevel; write?: (line: string) => void }): TLogger {
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const logger = pino(
    {
      level: options.level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (fields) => scrub(fields) as TLogFields },
      redact: { paths: REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`]), censor: REDACTED },
    },
    { write },
  );
  const at =
    (level: TLogLevel) =>
    (msg: string, fields: TLogFields = {}) =>
      logger[level](fields, msg);
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** An error's message for a log field, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
