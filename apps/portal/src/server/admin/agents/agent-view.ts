import type { Prisma } from "../../../generated/prisma/client.ts";

/** What callers may see of an agent: presence and identity, never the stored hashes. */
export const AGENT_VIEW = {
  id: true,
  companyId: true,
  name: true,
  createdAt: true,
  enrolledAt: true,
  revokedAt: true,
  enrollmentExpiresAt: true,
  online: true,
  connectedAt: true,
  lastSeenAt: true,
  agentVersion: true,
  protocol: true,
  hostname: true,
  platform: true,
  rttMs: true,
  erpConfigured: true,
  erpReachable: true,
  erpMessage: true,
  company: { select: { name: true } },
} satisfies Prisma.AgentSelect;

type TAgentRow = Prisma.AgentGetPayload<{ select: typeof AGENT_VIEW }>;
export type TAgentView = Omit<TAgentRow, "company"> & { companyName: string };

export function toAgentView(row: TAgentRow): TAgentView {
  const { company, ...rest } = row;
  return { ...rest, companyName: company.name };
}
