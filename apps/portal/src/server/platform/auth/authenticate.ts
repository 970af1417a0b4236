import { getDb } from "../database/db.ts";
import type { TActor } from "./actor.ts";
import { verifyAgainstNothing, verifyPassword } from "./password.ts";
import { clearSignInFailures, isSignInLocked, recordSignInFailure } from "./sign-in-throttle.ts";
import { toActor } from "./to-actor.ts";

/**
 * Checks e-mail and password. Returns null for every kind of failure (unknown account,
 * wrong password, disabled account, too many attempts) so the caller shows one message.
 */
export async function authenticate(options: {
  email: string;
  password: string;
  clientAddress: string;
}): Promise<TActor | null> {
  const email = options.email.trim().toLowerCase();
  const keys = [`email:${email}`, `ip:${options.clientAddress}`];
  if (await isSignInLocked(keys)) return null;

  const user = await getDb().user.findUnique({ where: { email } });
  const passwordOk = user
    ? await verifyPassword({ hash: user.passwordHash, password: options.password })
    : await verifyAgainstNothing(options.password);
  const actor = user && passwordOk ? toActor(user) : null;

  if (actor) await clearSignInFailures([`email:${email}`]);
  else await recordSignInFailure(keys);
  return actor;
}
