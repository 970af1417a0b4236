import { z } from "zod";

/** Bumped on any change an older peer could misread. Both sides state theirs in the handshake. */
export const PROTOCOL_VERSION = 1;
/** The oldest agent protocol this build still speaks. */
export const MIN_PROTOCOL_VERSION = 1;
/** Largest frame either side accepts; bigger results travel as pages. */
export const MAX_FRAME_BYTES = 1024 * 1024;

export const ZEnvelope = z.object({
  v: z.number().int().positive(),
  id: z.string().min(1).max(64),
  type: z.string().min(1).max(64),
  payload: z.unknown(),
});
export type TEnvelope = z.infer<typeof ZEnvelope>;

/** WebSocket close codes the portal and agent use; 1009 (frame too big) comes from the library. */
export const CLOSE_CODES = {
  /** Agent and portal protocol versions have no overlap; the reason says which side to update. */
  PROTOCOL_VERSION: 4001,
  /** The first message was not a valid hello. */
  HANDSHAKE_FAILED: 4002,
  /** Staff revoked the credential (or it was replaced by a new enrollment): do not reconnect. */
  REVOKED: 4003,
  /** The same agent connected again; the older connection gives way. */
  REPLACED: 4008,
  /** Too many malformed messages in a row. */
  PROTOCOL_ERROR: 4009,
  /** The portal is shutting down; reconnect with backoff. */
  GOING_AWAY: 1001,
} as const;

/** Error codes carried by `error` messages and failed results. */
export const ZErrorCode = z.enum([
  "BAD_JSON",
  "BAD_ENVELOPE",
  "UNSUPPORTED_VERSION",
  "UNKNOWN_TYPE",
  "INVALID_PAYLOAD",
  "INVALID_RESULT",
  "UNKNOWN_COMMAND",
  "TIMEOUT",
  "CANCELLED",
  "COMMAND_FAILED",
  "ERP_UNAVAILABLE",
  /** The ERP refused the write (unknown product, no stock...): the message names the field. */
  "ERP_REFUSED",
  "INTERNAL",
]);
export type TErrorCode = z.infer<typeof ZErrorCode>;

/**
 * Why a write was refused, in a form any language can put into words: a code (e.g. `noStock`), the
 * command input field it concerns (`lines.0`), and the values the words need. The message beside
 * it stays the English sentence for logs and older portals.
 */
export const ZProblem = z.object({
  code: z.string().min(1).max(64),
  path: z.string().max(200).optional(),
  params: z.record(z.string().max(64), z.union([z.string().max(1000), z.number()])),
});
export type TProblem = z.infer<typeof ZProblem>;

export const ZError = z.object({ code: ZErrorCode, message: z.string().max(4000), problem: ZProblem.optional() });
export type TError = z.infer<typeof ZError>;
