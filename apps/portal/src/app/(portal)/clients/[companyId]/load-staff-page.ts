import { notFound, redirect } from "next/navigation";
import { AppError } from "@/server/platform/errors/app-error.ts";
import type { TActor } from "@/server/platform/auth/actor.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";

/**
 * Loads a client's configuration tab for the signed-in staff member. Client users get the same
 * 404 as for a missing page, and so does a company id that names nothing (the domain's NOT_FOUND).
 */
export async function loadStaffPage<T>(load: (actor: TActor) => Promise<T>): Promise<T> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  if (actor.role !== "STAFF") notFound();
  try {
    return await load(actor);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
