import { env } from "../../../env.ts";
import { getDb } from "../database/db.ts";
import type { TActor } from "./actor.ts";
import { verifyAgainstNothing, verifyPassword } from "./password.ts";
import { settleSuccess, takeAttempt } from "./sign-in-throttle.ts";
import { toActor } from "./to-actor.ts";

export type TSignInOutcome = { actor: TActor } | { refused: "locked" | "wrong" };

/**
 * Checks e-mail and password. Returns null for every kind of failure (unknown account,
 * wrong password, disabled account, too many attempts) so the caller shows one message.
 */
export async function authenticate(options: {
  email: string;
  password: string;
  clientAddress: string;
}): Promise<TActor | null> {
  const outcome = await signIn(options);
  return "actor" in outcome ? outcome.actor : null;
}

/**
 * The attempt is counted before the password is checked, per (e-mail, address) and, with a higher
 * limit, per address: guesses at one account lock that account only from the guessing address,
 * so people behind the same proxy or office address are not locked out by someone else's typos,
 * and an address trying many accounts is stopped too.
 */
export async function signIn(options: {
  email: string;
  password: string;
  clientAddress: string;
}): Promise<TSignInOutcome> {
  const email = options.email.trim().toLowerCase();
  const pairKey = `email-address:${email}|${options.clientAddress}`;
  const addressKey = `address:${options.clientAddress}`;
  const allowed = await takeAttempt({
    keys: [
      { key: pairKey, max: env.SIGN_IN_MAX_FAILURES },
      { key: addressKey, max: env.SIGN_IN_MAX_FAILURES_PER_ADDRESS },
    ],
    lockMinutes: env.SIGN_IN_LOCK_MINUTES,
  });
  if (!allowed) return { refused: "locked" };

  const user = await getDb().user.findUnique({ where: { email } });
  const passwordOk = user
    ? await verifyPassword({ hash: user.passwordHash, password: options.password })
    : await verifyAgainstNothing(options.password);
  const actor = user && passwordOk ? toActor(user) : null;
  if (!actor) return { refused: "wrong" };
  await settleSuccess({ clear: [pairKey], giveBack: [addressKey] });
  return { actor };
}
