// The agent logs through the logger it shares with the portal (pino, with redaction).
export {
  createLogger,
  errorMessage,
  ZLogLevel,
  type TLogFields,
  type TLogger,
  type TLogLevel,
} from "@erp-bridge/shared/log";
