import { getDb } from "../../platform/database/db.ts";
import { hashSecret, isCredentialShaped } from "../agent-secrets.ts";

/** The agent a bearer credential belongs to; null for unknown, replaced or revoked ones. */
export async function authenticateAgent(options: {
  credential: string;
}): Promise<{ agentId: string; companyId: string } | null> {
  if (!isCredentialShaped(options.credential)) return null;
  const agent = await getDb().agent.findFirst({
    where: { credentialHash: hashSecret(options.credential), revokedAt: null },
    select: { id: true, companyId: true },
  });
  return agent ? { agentId: agent.id, companyId: agent.companyId } : null;
}
