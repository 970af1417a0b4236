import { z } from "zod";
import { AppError } from "../platform/errors/app-error.ts";
import { env } from "../../env.ts";
import { settleSuccess, takeAttempt } from "../platform/auth/sign-in-throttle.ts";
import { publish } from "./publish.ts";
import { inTransaction } from "../platform/database/db.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { generateCredential, hashSecret, normalizeEnrollmentCode } from "./agent-secrets.ts";

const ZEnrollment = z.object({
  code: z.string().max(64),
  hostname: z.string().trim().min(1).max(255),
  agentVersion: z.string().trim().min(1).max(50),
});

const INVALID = "Enrollment code is invalid, used or expired";

/**
 * Trades a one-time code for the agent's credential. The code is the authority, so every
 * failure answers alike; guesses count against the caller's address like sign-in failures.
 */
export async function enrollAgent(options: {
  code: string;
  hostname: string;
  agentVersion: string;
  clientAddress?: string;
}): Promise<{ agentId: string; credential: string }> {
  const input = parseInput({ schema: ZEnrollment, input: options });
  // Counted before the code is tried, so parallel guesses cannot all get through.
  const throttleKeys = options.clientAddress ? [`agent-enroll:${options.clientAddress}`] : [];
  const allowed = await takeAttempt({
    keys: throttleKeys.map((key) => ({ key, max: env.SIGN_IN_MAX_FAILURES })),
    lockMinutes: env.SIGN_IN_LOCK_MINUTES,
  });
  if (!allowed) {
    throw new AppError({ code: "RATE_LIMITED", message: "enrollment locked", userMessage: "Too many attempts" });
  }
  const code = normalizeEnrollmentCode(input.code);
  const credential = generateCredential();
  const enrolled = code
    ? await redeem({ code, credential, hostname: input.hostname, agentVersion: input.agentVersion })
    : null;
  if (!enrolled) {
    throw new AppError({ code: "UNAUTHORIZED", message: "enrollment refused", userMessage: INVALID });
  }
  await settleSuccess({ clear: throttleKeys, giveBack: [] });
  return { agentId: enrolled.id, credential };
}

async function redeem(options: { code: string; credential: string; hostname: string; agentVersion: string }) {
  const now = new Date();
  return inTransaction(undefined, async (tx) => {
    // One conditional update: of two concurrent enrollments with one code, exactly one matches.
    const [agent] = await tx.agent.updateManyAndReturn({
      where: { enrollmentCodeHash: hashSecret(options.code), enrollmentExpiresAt: { gt: now }, revokedAt: null },
      data: {
        credentialHash: hashSecret(options.credential),
        enrollmentCodeHash: null,
        enrollmentExpiresAt: null,
        enrolledAt: now,
        hostname: options.hostname,
        agentVersion: options.agentVersion,
      },
      select: { id: true },
    });
    // A connection holding the previous credential (a rotation) must stop at once.
    if (agent) await publish({ channel: "agent-control", event: { agentId: agent.id, action: "disconnect" }, tx });
    return agent ?? null;
  });
}
