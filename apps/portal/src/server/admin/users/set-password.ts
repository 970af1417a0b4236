import { z } from "zod";
import { notFound } from "../../platform/errors/app-error.ts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../../platform/auth/password.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";

const ZSetPassword = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Password must have at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(1024),
});

export async function setPassword(options: { email: string; password: string; tx?: TTx }): Promise<void> {
  const data = parseInput({ schema: ZSetPassword, input: options });
  const db = options.tx ?? getDb();
  const { count } = await db.user.updateMany({
    where: { email: data.email },
    data: { passwordHash: await hashPassword(data.password) },
  });
  if (count === 0) throw notFound("user");
}
