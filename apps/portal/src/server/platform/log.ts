import { createLogger, errorMessage, type TLogFields, type TLogLevel } from "@erp-bridge/shared/log";
import { env } from "../../env.ts";

// The custom server and Next's bundled route handlers load this module separately: one logger
// on globalThis keeps one level and one stream for the process.
const holder = globalThis as typeof globalThis & { __erpBridgeLog?: ReturnType<typeof createLogger> };

/** One JSON line per event (pino, secrets and personal data redacted), so a log pipeline can filter by agentId, commandId, connectionId. */
export function log(level: TLogLevel, msg: string, fields: TLogFields = {}): void {
  holder.__erpBridgeLog ??= createLogger({ level: env.LOG_LEVEL });
  holder.__erpBridgeLog[level](msg, fields);
}

export const errorText = errorMessage;
