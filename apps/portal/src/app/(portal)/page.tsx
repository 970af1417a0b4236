import { redirect } from "next/navigation";
import { getActor } from "@/server/platform/auth/get-actor.ts";

export default async function Start() {
  const actor = await getActor();
  redirect(actor?.role === "STAFF" ? "/clients" : actor ? "/home" : "/signin");
}
