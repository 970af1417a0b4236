import { z } from "zod";
import { ZLogLevel } from "../log.ts";

/** Every variable the agent reads; each overrides the same setting from the config file. */
const ZAgentEnv = z.object({
  AGENT_CONFIG: z.string().optional(),
  AGENT_PORTAL_URL: z.string().optional(),
  AGENT_CREDENTIAL: z.string().optional(),
  AGENT_JOURNAL_DIR: z.string().optional(),
  AGENT_LOG_LEVEL: ZLogLevel.optional(),
  /** The ERP database, e.g. mssql://user:pass@server/SUBIEKT?instanceName=INSERTGT. */
  AGENT_ERP_URL: z.string().optional(),
  /** Windows' folders for programs and their data (C:\Program Files, C:\ProgramData); where `install` puts the agent. */
  ProgramFiles: z.string().optional(),
  ProgramData: z.string().optional(),
});
export type TAgentEnv = z.infer<typeof ZAgentEnv>;

/** Parses the variables; an empty one counts as unset, as service managers often leave them so. */
export function parseAgentEnv(
  source: Record<string, string | undefined>,
): { ok: true; env: TAgentEnv } | { ok: false; line: string } {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = ZAgentEnv.safeParse(present);
  if (result.success) return { ok: true, env: result.data };
  const issue = result.error.issues[0];
  return { ok: false, line: `${issue?.path.join(".") ?? "environment"}: ${issue?.message ?? "invalid"}` };
}

/** The one place that reads the process environment. */
export function readAgentEnv(): ReturnType<typeof parseAgentEnv> {
  return parseAgentEnv(process.env);
}
