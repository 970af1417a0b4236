import { AGENT_MESSAGES, AGENT_UPDATE_MESSAGES, PORTAL_MESSAGES, PORTAL_UPDATE_MESSAGES } from "@erp-bridge/shared";

/** What the agent accepts: the portal's messages and those of updates through the tunnel. */
export const INBOUND = { ...PORTAL_MESSAGES, ...PORTAL_UPDATE_MESSAGES };
/** What the agent sends. */
export const OUTBOUND = { ...AGENT_MESSAGES, ...AGENT_UPDATE_MESSAGES };
export type TOutboundType = keyof typeof OUTBOUND;
