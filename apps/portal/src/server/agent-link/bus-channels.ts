import { z } from "zod";

/**
 * Small events between portal processes. Payloads stay tiny (PostgreSQL caps NOTIFY at
 * 8000 bytes): they say what changed; receivers read the rows themselves.
 */
export const BUS_CHANNELS = {
  /**
   * New work for an agent: the process holding its connection sends it. `sentBy`: the process that
   * enqueued it holds the connection and started sending itself (hub/local-delivery.ts).
   */
  "command-available": z.object({ agentId: z.uuid(), sentBy: z.uuid().optional() }),
  /** A command reached a final status: awaiters re-read it. */
  "command-finished": z.object({ commandId: z.uuid() }),
  /** Orders for whichever process holds the agent's connection. */
  "agent-control": z.discriminatedUnion("action", [
    /** Credential revoked or replaced: connections not holding the current credential close (4003). */
    z.object({ agentId: z.uuid(), action: z.literal("disconnect") }),
    /** The agent connected again (maybe elsewhere): every other connection of it closes (4008). */
    z.object({ agentId: z.uuid(), action: z.literal("replace"), connectionId: z.string() }),
    /** Stop a command the agent may be running. */
    z.object({
      agentId: z.uuid(),
      action: z.literal("cancel"),
      commandId: z.uuid(),
      reason: z.enum(["TIMEOUT", "CANCELLED"]),
    }),
    /** An update was started for the agent: offer it now if it is online. */
    z.object({ agentId: z.uuid(), action: z.literal("update-offer") }),
    /** Staff cancelled the agent's update: tell it to drop the download. */
    z.object({ agentId: z.uuid(), action: z.literal("update-cancel"), updateId: z.uuid() }),
  ]),
  /** Presence changed (online, offline, ERP status, round trip): the Agents page refreshes. */
  "agent-presence": z.object({ agentId: z.uuid(), companyId: z.uuid() }),
  /** A sync run moved (progress, finished): the sync pages refresh its bar. */
  "sync-progress": z.object({ runId: z.uuid(), companyId: z.uuid() }),
} as const;

export type TBusChannel = keyof typeof BUS_CHANNELS;
export type TBusEvent<C extends TBusChannel> = z.infer<(typeof BUS_CHANNELS)[C]>;
export const BUS_CHANNEL_NAMES = Object.keys(BUS_CHANNELS).filter(isBusChannel);

export function isBusChannel(name: string): name is TBusChannel {
  return Object.hasOwn(BUS_CHANNELS, name);
}

/** Validates an event against its channel's schema; null for anything malformed. */
export function parseBusEvent<C extends TBusChannel>(channel: C, value: unknown): TBusEvent<C> | null {
  return parseFrom(BUS_CHANNELS, channel, value);
}

// Generic over the catalogue (as the protocol codec is) so the channel's type survives the lookup.
function parseFrom<Cat extends Record<string, z.ZodType>, K extends keyof Cat>(
  catalog: Cat,
  key: K,
  value: unknown,
): z.infer<Cat[K]> | null {
  const schema: Cat[K] = catalog[key];
  const parsed: z.ZodSafeParseResult<z.infer<Cat[K]>> = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
