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
  sferaCheck: true,
  company: { select: { name: true } },
} satisfies Prisma.AgentSelect;

type TAgentRow = Prisma.AgentGetPayload<{ select: typeof AGENT_VIEW }>;
const ZErpServer = z.enum(["sqlserver", "sandbox"]);

export type TAgentView = Omit<TAgentRow, "company" | "sferaHealth" | "erpServer" | "sferaCheck"> & {
  companyName: string;
  /** Null when the agent has no Sfera writer (or reported a health this portal cannot read). */
  sferaHealth: TSferaHealth | null;
  /** A real SQL Server or the sandbox; null until the agent said (older agents never do). */
  erpServer: z.infer<typeof ZErpServer> | null;
  /** The last `agent sfera-check` staff ran from the portal; null when none was. */
  sferaCheck: TSferaCheck | null;
};

export function toAgentView(row: TAgentRow): TAgentView {
  const { company, sferaHealth, erpServer, sferaCheck, ...rest } = row;
  const sfera = ZSferaHealth.safeParse(sferaHealth);
  const check = ZSferaCheck.safeParse(sferaCheck);
  return {
    ...rest,
    companyName: company.name,
    sferaHealth: sfera.success ? sfera.data : null,
    erpServer: ZErpServer.safeParse(erpServer).data ?? null,
    sferaCheck: check.success ? check.data : null,
  };
}
