import { getServerSession } from "next-auth";
import { getDb } from "../database/db.ts";
import type { TActor } from "./actor.ts";
import { authOptions } from "./auth-options.ts";
import { toActor } from "./to-actor.ts";

/** The signed-in caller, re-read from the database; null when signed out or disabled. */
export async function getActor(): Promise<TActor | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.userId;
  if (!userId) return null;
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, companyId: true, disabledAt: true },
  });
  return user ? toActor(user) : null;
}
