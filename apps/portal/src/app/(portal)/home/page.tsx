import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { getCompany } from "@/server/admin/companies/get-company.ts";

export default async function ClientHome() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  if (actor.role !== "CLIENT") notFound();
  const [t, company] = [await getTranslations("home"), await getCompany({ actor, companyId: actor.companyId })];
  return (
    <section className="panel">
      <h1>{t("title", { company: company.name })}</h1>
      <p>{t("intro")}</p>
    </section>
  );
}
