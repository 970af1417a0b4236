import { ZSferaHealth, type TSferaHealth } from "@erp-bridge/shared";
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
  sferaHealth: true,
  company: { select: { name: true } },
} satisfies Prisma.AgentSelect;

type TAgentRow = Prisma.AgentGetPayload<{ select: typeof AGENT_VIEW }>;
export type TAgentView = Omit<TAgentRow, "company" | "sferaHealth"> & {
  companyName: string;
  /** Null when the agent has no Sfera writer (or reported a health this portal cannot read). */
  sferaHealth: TSferaHealth | null;
};

export function toAgentView(row: TAgentRow): TAgentView {
  const { company, sferaHealth, ...rest } = row;
  const sfera = ZSferaHealth.safeParse(sferaHealth);
  return { ...rest, companyName: company.name, sferaHealth: sfera.success ? sfera.data : null };
}
