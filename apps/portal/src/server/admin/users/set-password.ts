import { z } from "zod";
import { notFound } from "../../platform/errors/app-error.ts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../../platform/auth/password.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { endSessions } from "../../platform/auth/session-version.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";

const ZSetPassword = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
});

/** Sets a user's password and ends their sessions: whoever held the old one is signed out. */
export async function setPassword(options: { email: string; password: string; tx?: TTx }): Promise<void> {
  const data = parseInput({ schema: ZSetPassword, input: options });
  const passwordHash = await hashPassword(data.password);
  await inTransaction(options.tx, async (tx) => {
    const { count } = await tx.user.updateMany({ where: { email: data.email }, data: { passwordHash } });
    if (count === 0) throw notFound("user");
    await endSessions({ where: { email: data.email }, tx });
  });
}
