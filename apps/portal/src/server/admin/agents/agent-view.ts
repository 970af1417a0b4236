import { ZSferaCheck, ZSferaHealth, type TSferaCheck, type TSferaHealth } from "@erp-bridge/shared";
import { z } from "zod";
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
  erpServer: true,
  sferaChecks: { select: { connection: true, result: true } },
  company: { select: { name: true } },
} satisfies Prisma.AgentSelect;

type TAgentRow = Prisma.AgentGetPayload<{ select: typeof AGENT_VIEW }>;
const ZErpServer = z.enum(["sqlserver", "sandbox"]);

export type TAgentView = Omit<TAgentRow, "company" | "sferaHealth" | "erpServer" | "sferaChecks"> & {
  companyName: string;
  /** Null when the agent has no Sfera writer (or reported a health this portal cannot read). */
  sferaHealth: TSferaHealth | null;
  /** A real SQL Server or the sandbox; null until the agent said (older agents never do). */
  erpServer: z.infer<typeof ZErpServer> | null;
  /** The last `agent sfera-check` staff ran from the portal, by the agent's ERP connection it checked. */
  sferaChecks: Partial<Record<string, TSferaCheck>>;
};

export function toAgentView(row: TAgentRow): TAgentView {
  const { company, sferaHealth, erpServer, sferaChecks, ...rest } = row;
  const sfera = ZSferaHealth.safeParse(sferaHealth);
  // A result this portal cannot read is as good as none: the check can be run again.
  const checks = sferaChecks.flatMap(({ connection, result }) => {
    const check = ZSferaCheck.safeParse(result);
    return check.success ? [[connection, check.data] as const] : [];
  });
  return {
    ...rest,
    companyName: company.name,
    sferaHealth: sfera.success ? sfera.data : null,
    erpServer: ZErpServer.safeParse(erpServer).data ?? null,
    sferaChecks: Object.fromEntries(checks),
  };
}
