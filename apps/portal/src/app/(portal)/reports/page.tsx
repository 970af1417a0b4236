import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { listCompanies } from "@/server/admin/companies/list-companies.ts";

/** A client goes straight to their company's reports; staff choose the client first. */
export default async function ReportsStart() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  if (actor.role === "CLIENT") redirect(`/reports/${actor.companyId}`);
  const [t, companies] = [await getTranslations("reports"), await listCompanies({ actor })];
  return (
    <section className="panel">
      <h1>{t("title")}</h1>
      <p>{t("pickClient")}</p>
      {companies.length === 0 ? (
        <p className="muted">{t("noClients")}</p>
      ) : (
        <ul>
          {companies.map((c) => (
            <li key={c.id}>
              <Link href={`/reports/${c.id}`}>{c.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
