import { AGENT_MESSAGES, AGENT_UPDATE_MESSAGES, PORTAL_MESSAGES, PORTAL_UPDATE_MESSAGES } from "@erp-bridge/shared";

/** What the hub reads and sends: the tunnel's main catalogues with updates merged in. */
export const HUB_INBOUND = { ...AGENT_MESSAGES, ...AGENT_UPDATE_MESSAGES };
export const HUB_OUTBOUND = { ...PORTAL_MESSAGES, ...PORTAL_UPDATE_MESSAGES };
export type THubOutboundType = Extract<keyof typeof HUB_OUTBOUND, string>;
