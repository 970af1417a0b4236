import type { User } from "../../../generated/prisma/client.ts";
import type { TActor } from "./actor.ts";

/** A disabled user, or a CLIENT without a company (never valid), is nobody. */
export function toActor(user: Pick<User, "id" | "role" | "companyId" | "disabledAt">): TActor | null {
  if (user.disabledAt) return null;
  if (user.role === "STAFF") return { userId: user.id, role: "STAFF", companyId: null };
  if (!user.companyId) return null;
  return { userId: user.id, role: "CLIENT", companyId: user.companyId };
}
