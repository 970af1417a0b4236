import { AppError } from "../errors/app-error.ts";
import type { TActor } from "./actor.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";

/** The rows of Company an actor may see: all for staff, their own for a client user. */
export function companyScope(actor: TActor): Prisma.CompanyWhereInput {
  return actor.role === "STAFF" ? {} : { id: actor.companyId };
}

/** Configuring clients is staff work; others get the same answer as for a missing page. */
export function requireStaff(actor: TActor): void {
  if (actor.role !== "STAFF") {
    throw new AppError({ code: "NOT_FOUND", message: "staff-only action", userMessage: "Not found" });
  }
}
