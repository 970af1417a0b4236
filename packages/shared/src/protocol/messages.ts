import { z } from "zod";
import { ZCommandName } from "./commands.ts";
import { ZError } from "./envelope.ts";
import { MAX_ERP_CONNECTIONS, ZConnectionKey, ZErpConnectionStatus } from "./erp-connections.ts";
import { ZErpStatus } from "./erp-status.ts";

const ZCommandId = z.uuid();

/** A command's final outcome: a union, never a thrown error across the wire. */
export const ZCommandOutcome = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: ZError }),
]);
export type TCommandOutcome = z.infer<typeof ZCommandOutcome>;

/** Messages the portal sends to an agent. */
export const PORTAL_MESSAGES = {
  /** Accepts the agent's hello and tells it the session's limits. */
  welcome: z.object({
    agentId: z.uuid(),
    protocol: z.number().int(),
    heartbeatMs: z.number().int().positive(),
    pageWindow: z.number().int().positive(),
  }),
  /** Work to do. `key` is the idempotency key the agent journals; `resumeFromPage` skips pages already stored. */
  command: z.object({
    commandId: ZCommandId,
    key: z.string().min(1).max(200),
    name: ZCommandName,
    input: z.unknown(),
    timeoutMs: z.number().int().positive(),
    resumeFromPage: z.number().int().min(0),
    /**
     * The agent's ERP connection the command targets (issue 19); absent: the default one. Agents
     * older than the field ignore it, so the portal sends a non-default key only to an agent whose
     * hello listed it.
     */
    connection: ZConnectionKey.optional(),
  }),
  "command.cancel": z.object({ commandId: ZCommandId, reason: z.enum(["TIMEOUT", "CANCELLED"]) }),
  /** The portal stored this page: it leaves the agent's flow-control window. */
  "page.ack": z.object({ commandId: ZCommandId, seq: z.number().int().min(0) }),
  /** The portal stored the outcome: the agent stops resending it. */
  "result.ack": z.object({ commandId: ZCommandId }),
  error: ZError.extend({ refId: z.string().max(64).optional() }),
} as const;

/** Messages an agent sends to the portal. */
export const AGENT_MESSAGES = {
  /** First message on every connection. */
  hello: z.object({
    protocol: z.number().int().positive(),
    agentVersion: z.string().max(50),
    hostname: z.string().max(255),
    platform: z.string().max(50),
    commands: z.array(z.string().max(64)).max(200),
    /** The default connection's status (older portals read only this). */
    erp: ZErpStatus,
    /** Every ERP connection the agent serves, the default one included; absent from older agents. */
    connections: z.array(ZErpConnectionStatus).max(MAX_ERP_CONNECTIONS).optional(),
  }),
  /** Sent every heartbeat and when the ERP status changes. */
  status: z.object({
    erp: ZErpStatus,
    runningCommands: z.number().int().min(0),
    connections: z.array(ZErpConnectionStatus).max(MAX_ERP_CONNECTIONS).optional(),
  }),
  "command.started": z.object({ commandId: ZCommandId }),
  /** One page of a streamed result, numbered from 0. */
  "result.page": z.object({ commandId: ZCommandId, seq: z.number().int().min(0), data: z.unknown() }),
  /** The final outcome; for streamed commands it follows the last page and states the page count. */
  "command.result": z.object({
    commandId: ZCommandId,
    outcome: ZCommandOutcome,
    pages: z.number().int().min(0),
    /** True when the outcome came from the journal instead of a new run. */
    replayed: z.boolean(),
  }),
  error: ZError.extend({ refId: z.string().max(64).optional() }),
} as const;

export type TPortalMessageType = keyof typeof PORTAL_MESSAGES;
export type TAgentMessageType = keyof typeof AGENT_MESSAGES;
export type TPortalMessage<T extends TPortalMessageType> = z.infer<(typeof PORTAL_MESSAGES)[T]>;
export type TAgentMessage<T extends TAgentMessageType> = z.infer<(typeof AGENT_MESSAGES)[T]>;
