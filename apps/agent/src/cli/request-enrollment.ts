import os from "node:os";
import { z } from "zod";
import { errorMessage } from "../log.ts";
import { AGENT_VERSION } from "../version.ts";

const ZEnrolled = z.object({ agentId: z.uuid(), credential: z.string().min(1) });
const ZEnrollError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export type TEnrollment = { ok: true; agentId: string; credential: string } | { ok: false; line: string };

/** Trades a one-time enrollment code for the agent's id and long-lived credential. */
export async function requestEnrollment(options: { portalUrl: string; code: string }): Promise<TEnrollment> {
  const url = `${options.portalUrl}/api/agents/enroll`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: options.code, hostname: os.hostname(), agentVersion: AGENT_VERSION }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return { ok: false, line: `enrollment failed: cannot reach ${url}: ${errorMessage(error)}${cause}` };
  }
  const body: unknown = await response.json().catch(() => null);
  const enrolled = ZEnrolled.safeParse(body);
  if (response.status !== 201 || !enrolled.success) {
    const refused = ZEnrollError.safeParse(body);
    return {
      ok: false,
      line: `enrollment failed: ${refused.success ? refused.data.error.message : `HTTP ${response.status}`}`,
    };
  }
  return { ok: true, ...enrolled.data };
}
