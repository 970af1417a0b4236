import { getServerSession } from "next-auth";
import type { TActor } from "./actor.ts";
import { authOptions } from "./auth-options.ts";
import { actorForSession } from "./session-version.ts";

/** The signed-in caller, re-read from the database; null when signed out, disabled or the session was ended. */
export async function getActor(): Promise<TActor | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.userId;
  if (!userId) return null;
  return actorForSession({ userId, sessionVersion: session.sessionVersion });
}
