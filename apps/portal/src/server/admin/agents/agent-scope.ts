import type { TActor } from "../../platform/auth/actor.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";

/** The agents an actor may see: all for staff, their own company's for a client user. */
export function agentScope(actor: TActor): Prisma.AgentWhereInput {
  return actor.role === "STAFF" ? {} : { companyId: actor.companyId };
}
