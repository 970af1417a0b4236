import { z } from "zod";
import { ZLogLevel } from "../log.ts";

const missing = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? "is missing" : `must be ${what}`;

/** An http(s) base address; the trailing slash is dropped so paths can be appended. */
export const ZPortalUrl = z
  .url({ protocol: /^https?$/, error: missing("an http:// or https:// URL") })
  .transform((url) => url.replace(/\/+$/, ""));

/** The enrolled agent's settings, after env overrides. */
export const ZAgentConfig = z.object({
  portalUrl: ZPortalUrl,
  agentId: z.uuid({ error: missing("a UUID") }).optional(),
  credential: z.string({ error: missing("a string") }).min(1, "is missing"),
  journalDir: z.string({ error: missing("a path") }).min(1, "is missing"),
  logLevel: ZLogLevel.default("info"),
  /** The ERP database URL. It stays on this server: the portal never sees it. */
  erpUrl: z.string().min(1, "is empty").optional(),
});
export type TAgentConfig = z.infer<typeof ZAgentConfig>;

/** What `enroll` writes; the file never holds anything the portal did not issue or the user chose. */
export type TConfigFile = {
  portalUrl: string;
  agentId: string;
  credential: string;
  journalDir: string;
};

export const DEFAULT_CONFIG_PATH = "./erp-bridge-agent.json";
