import { z } from "zod";
import { endSessions } from "../../platform/auth/session-version.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";

const ZDisableUser = z.object({ email: z.email().transform((e) => e.toLowerCase()) });

/**
 * Disables a sign-in account and ends its sessions. A disabled user is refused on every request
 * anyway; ending the sessions as well means enabling the account again does not revive old cookies.
 */
export async function disableUser(options: { email: string; tx?: TTx }): Promise<void> {
  const data = parseInput({ schema: ZDisableUser, input: options });
  await inTransaction(options.tx, async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { email: data.email, disabledAt: null },
      data: { disabledAt: new Date() },
    });
    if (count === 0 && !(await tx.user.findUnique({ where: { email: data.email }, select: { id: true } }))) {
      throw notFound("user");
    }
    await endSessions({ where: { email: data.email }, tx });
  });
}
