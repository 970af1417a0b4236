"use server";

import { redirect } from "next/navigation";
import type { TSferaCheck } from "@erp-bridge/shared";
import { checkSfera } from "@/server/erp-data/setup/check-sfera.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { AppError } from "@/server/platform/errors/app-error.ts";
import { formErrorWords, type TRefusalWords } from "@/app/(portal)/_components/form-error-text.ts";

export type TSferaCheckOutcome = { status: "checked"; check: TSferaCheck } | ({ status: "blocked" } & TRefusalWords);

/** Runs `agent sfera-check` on the company's agent; an offline or silent agent is said plainly. */
export async function checkSferaAction(
  companyId: string,
  agentId: string,
  connection: string,
): Promise<TSferaCheckOutcome> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  try {
    return { status: "checked", check: await checkSfera({ actor, companyId, agentId, connection }) };
  } catch (error) {
    if (!(error instanceof AppError) || !["UNAVAILABLE", "INVALID_INPUT"].includes(error.code)) throw error;
    return { status: "blocked", ...(await formErrorWords(error)) };
  }
}
