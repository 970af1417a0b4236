import { getDb, type TTx } from "../database/db.ts";
import type { TActor } from "./actor.ts";
import { toActor } from "./to-actor.ts";

/**
 * Session cookies are signed tokens that stay valid for their whole life; to end them early each
 * carries the user's session version from sign-in, and a cookie with an older one is nobody.
 */
export async function actorForSession(options: { userId: string; sessionVersion: number | undefined }) {
  const user = await getDb().user.findUnique({
    where: { id: options.userId },
    select: { id: true, role: true, companyId: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== options.sessionVersion) return null;
  return toActor(user) satisfies TActor | null;
}

/** The session version a new cookie carries. */
export async function currentSessionVersion(userId: string): Promise<number | undefined> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion;
}

/** Ends every session of the user (sign-out, password change, disabling): their cookies stop working at once. */
export async function endSessions(options: { where: { id: string } | { email: string }; tx?: TTx }): Promise<void> {
  await (options.tx ?? getDb()).user.updateMany({
    where: options.where,
    data: { sessionVersion: { increment: 1 } },
  });
}
