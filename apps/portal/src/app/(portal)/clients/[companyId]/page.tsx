import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/server/platform/errors/app-error.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { getCompany } from "@/server/admin/companies/get-company.ts";
import { ClientDashboard } from "./_dashboard/client-dashboard.tsx";

/** Staff get the client's operations dashboard; a client user their company's details. */
export default async function CompanyPage({ params }: { params: Promise<{ companyId: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  const { companyId } = await params;
  if (actor.role === "STAFF") return <ClientDashboard companyId={companyId} />;
  const company = await getCompany({ actor, companyId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("clients");
  return (
    <section className="panel">
      <dl>
        <dt>{t("nip")}</dt>
        <dd>{company.nip ?? "—"}</dd>
        <dt>{t("email")}</dt>
        <dd>{company.email ?? "—"}</dd>
      </dl>
    </section>
  );
}
