import { getTranslations } from "next-intl/server";
import { getCompany } from "@/server/admin/companies/get-company.ts";
import { updateCompanyAction } from "../../company-actions.ts";
import { CompanyForm } from "../../company-form.tsx";
import { loadStaffPage } from "../load-staff-page.ts";

export default async function CompanyDetailsPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const company = await loadStaffPage((actor) => getCompany({ actor, companyId }));
  const t = await getTranslations("clients");
  return (
    <section className="panel">
      <h2>{t("edit")}</h2>
      <CompanyForm action={updateCompanyAction.bind(null, company.id)} initial={company} submitLabel={t("save")} />
    </section>
  );
}
