import { z } from "zod";
import { AppError } from "../../platform/errors/app-error.ts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../../platform/auth/password.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { isUniqueViolation } from "../../platform/errors/is-unique-violation.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";

const ZUserInput = z
  .discriminatedUnion("role", [
    z.object({ role: z.literal("STAFF") }),
    z.object({ role: z.literal("CLIENT"), companyId: z.uuid() }),
  ])
  .and(
    z.object({
      email: z
        .email("Not a valid e-mail address")
        .max(320)
        .transform((e) => e.toLowerCase()),
      name: z.string().trim().min(1).max(200),
      password: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
    }),
  );

/** Creates a sign-in account. Callers decide who may do this (CLI, seed, staff pages). */
export async function createUser(options: { input: unknown; tx?: TTx }) {
  const data = parseInput({ schema: ZUserInput, input: options.input });
  const db = options.tx ?? getDb();
  try {
    return await db.user.create({
      data: {
        email: data.email,
        name: data.name,
        role: data.role,
        companyId: data.role === "CLIENT" ? data.companyId : null,
        passwordHash: await hashPassword(data.password),
      },
      select: { id: true, email: true, role: true, companyId: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError({
        code: "CONFLICT",
        message: "e-mail taken",
        fieldErrors: { email: [fieldProblem("emailTaken")] },
      });
    }
    throw error;
  }
}
