import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/server/app-error.ts";
import { getActor } from "@/server/auth/get-actor.ts";
import { getCompany } from "@/server/companies/get-company.ts";
import { updateCompanyAction } from "../company-actions.ts";
import { CompanyForm } from "../company-form.tsx";

export default async function CompanyPage({ params }: { params: Promise<{ companyId: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  const { companyId } = await params;
  const company = await getCompany({ actor, companyId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("clients");
  return (
    <section className="panel">
      {actor.role === "STAFF" ? (
        <>
          <h2>{t("edit")}</h2>
          <CompanyForm action={updateCompanyAction.bind(null, company.id)} initial={company} submitLabel={t("save")} />
        </>
      ) : (
        <dl>
          <dt>{t("nip")}</dt>
          <dd>{company.nip ?? "—"}</dd>
          <dt>{t("email")}</dt>
          <dd>{company.email ?? "—"}</dd>
        </dl>
      )}
    </section>
  );
}
