import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { listCompanies } from "@/server/admin/companies/list-companies.ts";
import { loadStaffPage } from "./[companyId]/load-staff-page.ts";
import { createCompanyAction } from "./company-actions.ts";
import { CompanyForm } from "./company-form.tsx";

export default async function ClientsPage() {
  const companies = await loadStaffPage((actor) => listCompanies({ actor }));
  const [t, format] = [await getTranslations("clients"), await getFormatter()];
  return (
    <>
      <section className="panel">
        <h1>{t("title")}</h1>
        {companies.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t("name")}</th>
                <th>{t("nip")}</th>
                <th>{t("email")}</th>
                <th>{t("users")}</th>
                <th>{t("created")}</th>
              </tr>
            </thead>
            <tbody>
              {companies.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/clients/${c.id}`}>{c.name}</Link>
                  </td>
                  <td>{c.nip}</td>
                  <td>{c.email}</td>
                  <td>{c._count.users}</td>
                  <td>{format.dateTime(c.createdAt, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel">
        <h2>{t("add")}</h2>
        <CompanyForm action={createCompanyAction} submitLabel={t("add")} />
      </section>
    </>
  );
}
