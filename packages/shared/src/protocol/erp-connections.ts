import { z } from "zod";
import { ZErpStatus } from "./erp-status.ts";

/**
 * Which ERP a connection speaks. One agent at a site may serve several ERP connections (issue 19:
 * head office on Subiekt GT, a franchise partner on Comarch ERP Optima), each with its own
 * connector configuration; the portal's integration names the connection it uses.
 */
export const ZErpType = z.enum(["subiekt-gt", "optima"]);
export type TErpType = z.infer<typeof ZErpType>;

/** ERP types whose connector writes documents; the others are read-only (sync, cloud copy, reports). */
export const WRITING_ERP_TYPES: readonly TErpType[] = ["subiekt-gt"];

/** A connection's name in the agent's config file and on every command that targets it. */
export const ZConnectionKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, "must be 1-32 lower-case letters, digits or hyphens");
export type TConnectionKey = z.infer<typeof ZConnectionKey>;

/** The connection an agent configured with a single `erpUrl` serves, and a command without `connection` targets. */
export const DEFAULT_CONNECTION = "default";

/** One connection as the agent reports it in hello and status. */
export const ZErpConnectionStatus = z.object({
  key: ZConnectionKey,
  erpType: ZErpType,
  erp: ZErpStatus,
});
export type TErpConnectionStatus = z.infer<typeof ZErpConnectionStatus>;

/** An agent serves at most this many ERP connections. */
export const MAX_ERP_CONNECTIONS = 16;
