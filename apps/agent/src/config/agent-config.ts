import { z } from "zod";
import { ZStoredSferaConfig, type TStoredSferaConfig } from "../erp/subiekt-gt/sfera/sfera-config.ts";
import { ZLogLevel } from "../log.ts";
import { ZStoredSecret, type TStoredSecret } from "../secrets/stored-secret.ts";
import {
  checkConnections,
  ZStoredConnections,
  type TConnectionConfig,
  type TStoredConnection,
} from "./erp-connections.ts";

const missing = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? "is missing" : `must be ${what}`;

/** Plain http would carry the credential and every ERP answer readable on the way; only this machine's own portal may use it. */
function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** An https base address (http only on loopback); the trailing slash is dropped so paths can be appended. */
export const ZPortalUrl = z
  .url({ protocol: /^https?$/, error: missing("an http:// or https:// URL") })
  .refine((url) => url.startsWith("https:") || isLoopback(url), {
    error: "must be https:// (http:// only for a portal on this machine: localhost, 127.0.0.1, [::1])",
  })
  .transform((url) => url.replace(/\/+$/, ""));

/** The settings as stored (file merged with env overrides): secrets may still be DPAPI-protected. */
export const ZStoredAgentConfig = z
  .object({
    portalUrl: ZPortalUrl,
    agentId: z.uuid({ error: missing("a UUID") }).optional(),
    credential: ZStoredSecret,
    journalDir: z.string({ error: missing("a path") }).min(1, "is missing"),
    logLevel: ZLogLevel.default("info"),
    /** The ERP database URL, password included. It stays on this server: the portal never sees it. */
    erpUrl: ZStoredSecret.optional(),
    /** The Sfera writer's bridge and login (README, "Subiekt GT through Sfera"); absent: SQL writer only. */
    sfera: ZStoredSferaConfig.optional(),
    /**
     * Further ERP connections, each with its own type and URL (issue 19). "erpUrl" above is the
     * connection "default" (Subiekt GT), kept so configs written before connections keep working.
     */
    connections: ZStoredConnections.optional(),
  })
  .superRefine(checkConnections);
export type TStoredAgentConfig = z.infer<typeof ZStoredAgentConfig>;

/** The enrolled agent's settings with its secrets readable, as the running agent uses them. */
export type TAgentConfig = Omit<TStoredAgentConfig, "credential" | "erpUrl" | "sfera" | "connections"> & {
  credential: string;
  /** Every ERP connection, "erpUrl" and "sfera" as the "default" one first; empty without an ERP. */
  connections: TConnectionConfig[];
};

/** What `enroll` and `install` write; the file never holds anything the portal did not issue or the user chose. */
export type TConfigFile = {
  portalUrl: string;
  agentId: string;
  credential: TStoredSecret;
  journalDir: string;
  logLevel?: TStoredAgentConfig["logLevel"];
  erpUrl?: TStoredSecret;
  sfera?: TStoredSferaConfig;
  connections?: TStoredConnection[];
};

export const DEFAULT_CONFIG_PATH = "./erp-bridge-agent.json";
